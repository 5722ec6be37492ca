using System.Xml.Linq;
using Knowledge.Tagging;

namespace Knowledge.Exports;

/// <summary>The codebook as a REFI-QDA codebook file (.qdc), one codable code per tag.</summary>
internal sealed class CodebookExport(Codebook codebook)
{
    public const string FileName = "knowledge-codebook.qdc";

    public XDocument Build() =>
        new(new XElement(
            QdaXml.Codebook + "CodeBook",
            new XAttribute("origin", $"Knowledge codebook version {codebook.Version}"),
            new XElement(QdaXml.Codebook + "Codes", codebook.Tags.Select(t => QdaCodes.Reviewed(QdaXml.Codebook, t)))));

    public async Task<byte[]> ToBytesAsync(CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await QdaXml.WriteAsync(Build(), buffer, cancellationToken);
        return buffer.ToArray();
    }
}
