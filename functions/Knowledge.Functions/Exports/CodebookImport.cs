using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Knowledge.Tagging;
using Knowledge.Tagging.Proposals;

namespace Knowledge.Exports;

/// <summary>
/// Reads a REFI-QDA codebook (.qdc) an analyst edited in their QDA tool, validates it against Codebook.xsd and
/// compares it with the current codebook: codes are matched by the GUID our exports give each tag, then by the
/// tag key in the description, then by Swedish label. The result is a proposal an admin may accept; no tag is
/// removed by one, since answers and counters are keyed by tags.
/// </summary>
internal sealed partial class CodebookImport(Codebook codebook)
{
    public const long MaxBytes = 512 * 1024;

    /// <summary>The proposal with its id: the same file against the same codebook version always gets the same id.</summary>
    public async Task<(CodebookProposal? Proposal, Guid Id, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (utf8, problem) = await RequestBody.ReadAsync(request, RequestBody.Xml, MaxBytes, cancellationToken);
        if (utf8 is null)
        {
            return (null, Guid.Empty, problem);
        }

        using var file = new MemoryStream(utf8, writable: false);
        var (document, errors) = Validate(file);
        if (document is null)
        {
            return (null, Guid.Empty, Problems.Invalid(new Dictionary<string, string[]> { ["body"] = [.. errors.Take(10)] }));
        }

        var proposal = Compare(document);
        return (proposal, ProposalId(proposal.CodebookVersion, utf8), null);
    }

    private static Guid ProposalId(int codebookVersion, byte[] file)
    {
        var input = new byte[4 + file.Length];
        BinaryPrimitives.WriteInt32BigEndian(input, codebookVersion);
        file.CopyTo(input, 4);
        return new Guid(SHA256.HashData(input).AsSpan(0, 16));
    }

    /// <summary>The document when it is a valid REFI-QDA codebook; else up to ten reasons with line numbers.</summary>
    private static (XDocument? Document, List<string> Errors) Validate(Stream body)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings
        {
            // No DTDs or external entities: the body comes from outside.
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            ValidationType = ValidationType.Schema,
            ValidationFlags = System.Xml.Schema.XmlSchemaValidationFlags.ReportValidationWarnings,
            Schemas = QdaSchemas.Codebook,
        };
        settings.ValidationEventHandler += (_, e) => errors.Add($"Line {e.Exception?.LineNumber}, position {e.Exception?.LinePosition}: {e.Message}");
        try
        {
            using var reader = XmlReader.Create(body, settings);
            var document = XDocument.Load(reader, LoadOptions.None);
            if (document.Root?.Name != QdaXml.Codebook + "CodeBook")
            {
                errors.Add("The root must be CodeBook in the namespace urn:QDA-XML:codebook:1.0.");
            }

            return errors.Count == 0 ? (document, errors) : (null, errors);
        }
        catch (XmlException ex)
        {
            errors.Add($"Malformed XML at line {ex.LineNumber}, position {ex.LinePosition}: {ex.Message}");
            return (null, errors);
        }
    }

    private CodebookProposal Compare(XDocument document)
    {
        var byGuid = codebook.Tags.ToDictionary(t => QdaIds.Code(t.Tag));
        var ignored = codebook.Tags.Select(t => QdaIds.SuggestedCode(t.Tag)).Append(QdaIds.SuggestedGroup).ToHashSet();
        var matched = new HashSet<string>(StringComparer.Ordinal);
        var added = new List<ProposedTag>();
        var renamed = new List<RenamedTag>();
        var unchanged = 0;
        foreach (var code in document.Descendants(QdaXml.Codebook + "Code"))
        {
            var guid = Guid.Parse(((string)code.Attribute("guid")!).Trim('{', '}'));
            if (ignored.Contains(guid) || !XmlConvert.ToBoolean((string)code.Attribute("isCodable")!))
            {
                continue; // our suggestion codes and groups, not tags
            }

            var name = ((string)code.Attribute("name")!).Trim();
            var description = (string?)code.Element(QdaXml.Codebook + "Description");
            var tag = byGuid.GetValueOrDefault(guid)
                ?? codebook.Tags.FirstOrDefault(t => TagKey(description) == t.Tag)
                ?? codebook.Tags.FirstOrDefault(t => string.Equals(t.Label.Sv, name, StringComparison.OrdinalIgnoreCase));
            if (tag is null)
            {
                added.Add(new ProposedTag(UniqueKey(name, added), guid, name, description));
            }
            else if (matched.Add(tag.Tag))
            {
                if (tag.Label.Sv == name)
                {
                    unchanged++;
                }
                else
                {
                    renamed.Add(new RenamedTag(tag.Tag, tag.Label.Sv, name));
                }
            }
        }

        return new CodebookProposal(
            codebook.Version,
            added,
            renamed,
            [.. codebook.Tags.Select(t => t.Tag).Where(t => !matched.Contains(t))],
            unchanged);
    }

    private static string? TagKey(string? description) =>
        description is not null && TagKeyPattern().Match(description) is { Success: true } m ? m.Groups[1].Value : null;

    // A tag key like the codebook's own: lower-case ASCII and underscores ("Energi och el" → "energi_och_el").
    private string UniqueKey(string name, List<ProposedTag> added)
    {
        var folded = new StringBuilder();
        foreach (var c in name.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                folded.Append(c);
            }
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                folded.Append('_');
            }
        }

        var key = Underscores().Replace(folded.ToString(), "_").Trim('_');
        key = key.Length == 0 ? "code" : key[..Math.Min(key.Length, 40)];
        var candidate = key;
        for (var i = 2; codebook.Contains(candidate) || added.Any(a => a.Tag == candidate); i++)
        {
            candidate = $"{key}_{i}";
        }

        return candidate;
    }

    [GeneratedRegex(@"Knowledge tag: ([a-z0-9_]+)")]
    private static partial Regex TagKeyPattern();

    [GeneratedRegex("_+")]
    private static partial Regex Underscores();
}
