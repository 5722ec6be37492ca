using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace Knowledge.Tests.Exports;

/// <summary>A downloaded .qdpx: its entries, the schema-validated project.qde and each source's text.</summary>
internal sealed class QdpxPackage
{
    private static readonly XNamespace P = QdaValidation.Project;

    private QdpxPackage(Dictionary<string, byte[]> entries)
    {
        Entries = entries;
        Project = QdaValidation.Load(entries["project.qde"], "Project.xsd");
    }

    public Dictionary<string, byte[]> Entries { get; }

    public XDocument Project { get; }

    public IEnumerable<XElement> Sources => Project.Root!.Element(P + "Sources")?.Elements(P + "TextSource") ?? [];

    public static async Task<QdpxPackage> ReadAsync(HttpResponseMessage response)
    {
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            entries.Add(entry.FullName, copy.ToArray());
        }

        return new QdpxPackage(entries);
    }

    public XElement Source(string noteId) => Sources.Single(s => (string)s.Attribute("guid")! == noteId);

    /// <summary>The source's text from the zip, split into Unicode code points so positions index it directly.</summary>
    public string[] CodePoints(XElement source)
    {
        var path = (string)source.Attribute("plainTextPath")!;
        Assert.StartsWith("internal://", path, StringComparison.Ordinal);
        var text = Encoding.UTF8.GetString(Entries[$"sources/{path["internal://".Length..]}"]);
        return [.. text.EnumerateRunes().Select(r => r.ToString())];
    }

    /// <summary>Each coding of a source: the code it refers to, who made it, and the text it covers.</summary>
    public IReadOnlyList<(string Code, string User, string Covered, int Start, int End)> Codings(XElement source)
    {
        var points = CodePoints(source);
        return [.. source.Elements(P + "PlainTextSelection").Select(s =>
        {
            var (start, end) = ((int)s.Attribute("startPosition")!, (int)s.Attribute("endPosition")!);
            var coding = s.Element(P + "Coding")!;
            return (
                (string)coding.Element(P + "CodeRef")!.Attribute("targetGUID")!,
                (string)coding.Attribute("creatingUser")!,
                string.Concat(points[start..end]),
                start,
                end);
        })];
    }

    public string UserName(string guid) =>
        (string)Project.Root!.Element(P + "Users")!.Elements(P + "User").Single(u => (string)u.Attribute("guid")! == guid).Attribute("name")!;

    /// <summary>The GUIDs of the codebook's top-level codable codes (the reviewed codes).</summary>
    public HashSet<string> ReviewedCodes =>
        [.. Project.Root!.Element(P + "CodeBook")!.Element(P + "Codes")!.Elements(P + "Code")
            .Where(c => (string)c.Attribute("isCodable")! == "true")
            .Select(c => (string)c.Attribute("guid")!)];

    /// <summary>The GUIDs of the codes under the non-codable suggestion group.</summary>
    public HashSet<string> SuggestedCodes =>
        [.. Project.Root!.Element(P + "CodeBook")!.Element(P + "Codes")!.Elements(P + "Code")
            .Where(c => (string)c.Attribute("isCodable")! == "false")
            .SelectMany(g => g.Elements(P + "Code"))
            .Select(c => (string)c.Attribute("guid")!)];
}
