using System.Xml.Linq;
using Knowledge.Tagging;

namespace Knowledge.Exports;

/// <summary>The codebook's tags as REFI-QDA <c>Code</c> elements, shared by the .qdc and the project's CodeBook.</summary>
internal static class QdaCodes
{
    public const string SuggestedGroupName = "Maskinförslag (ej granskade)";

    public static XElement Reviewed(XNamespace ns, CodebookTag tag) =>
        Code(ns, QdaIds.Code(tag.Tag), tag.Label.Sv, isCodable: true, Describe(tag));

    /// <summary>A non-codable group holding one suggestion code per tag; the tagger's guesses live here, apart from reviewed codes.</summary>
    public static XElement SuggestedGroup(XNamespace ns, IEnumerable<CodebookTag> tags)
    {
        var group = Code(
            ns,
            QdaIds.SuggestedGroup,
            SuggestedGroupName,
            isCodable: false,
            "Taggarens förslag för anteckningar som ingen granskat ännu. English: the tagger's suggestions for notes nobody has reviewed yet.");
        group.Add(tags.Select(t => Code(ns, QdaIds.SuggestedCode(t.Tag), $"Förslag: {t.Label.Sv}", isCodable: true, Describe(t))));
        return group;
    }

    // Swedish first (the analysts' language), then English, then the tag key an import matches on.
    public static string Describe(CodebookTag tag) =>
        $"{tag.Description.Sv}\n\nEnglish: {tag.Label.En}. {tag.Description.En}\n\nKnowledge tag: {tag.Tag}";

    private static XElement Code(XNamespace ns, Guid guid, string name, bool isCodable, string description) =>
        new(
            ns + "Code",
            new XAttribute("guid", guid.ToString("D")),
            new XAttribute("name", name),
            new XAttribute("isCodable", isCodable ? "true" : "false"),
            new XElement(ns + "Description", description));
}
