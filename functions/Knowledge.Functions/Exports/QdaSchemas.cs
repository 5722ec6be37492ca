using System.Xml;
using System.Xml.Schema;

namespace Knowledge.Exports;

/// <summary>The REFI-QDA codebook schema (Exports/Schemas/Codebook.xsd, MIT, REFI), compiled once.</summary>
internal static class QdaSchemas
{
    private static readonly Lazy<XmlSchemaSet> LazyCodebook = new(() => Load("Exports.Schemas.Codebook.xsd"));

    public static XmlSchemaSet Codebook => LazyCodebook.Value;

    private static XmlSchemaSet Load(string resourceSuffix)
    {
        var assembly = typeof(QdaSchemas).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(resourceSuffix, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var set = new XmlSchemaSet { XmlResolver = null };
        set.Add(XmlSchema.Read(reader, null)!);
        set.Compile();
        return set;
    }
}
