using System.Xml;
using System.Xml.Linq;

namespace Knowledge.Exports;

/// <summary>How every REFI-QDA document is written: UTF-8 without a byte-order mark, indented, asynchronously.</summary>
internal static class QdaXml
{
    public static readonly XNamespace Project = "urn:QDA-XML:project:1.0";
    public static readonly XNamespace Codebook = "urn:QDA-XML:codebook:1.0";

    private static readonly XmlWriterSettings Settings = new()
    {
        Async = true,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
    };

    public static async Task WriteAsync(XDocument document, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = XmlWriter.Create(output, Settings);
        await document.SaveAsync(writer, cancellationToken);
    }

    public static string DateTime(DateTimeOffset value) => XmlConvert.ToString(value.UtcDateTime, XmlDateTimeSerializationMode.Utc);
}
