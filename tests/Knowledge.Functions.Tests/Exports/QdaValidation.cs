using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Knowledge.Tests.Exports;

/// <summary>Validates exports against the REFI-QDA schemas copied beside the tests; any warning or error fails.</summary>
internal static class QdaValidation
{
    public static readonly XNamespace Project = "urn:QDA-XML:project:1.0";
    public static readonly XNamespace Codebook = "urn:QDA-XML:codebook:1.0";

    public static XDocument Load(byte[] xml, string schemaFile)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            ValidationType = ValidationType.Schema,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints,
        };
        settings.Schemas.Add(null, Path.Combine(AppContext.BaseDirectory, "Exports", "Schemas", schemaFile));
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} at line {e.Exception?.LineNumber}: {e.Message}");

        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        var document = XDocument.Load(reader);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        return document;
    }
}
