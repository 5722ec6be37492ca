using System.Xml.Linq;
using Knowledge.Notes;
using Knowledge.Reference;
using Knowledge.Tagging;

namespace Knowledge.Exports;

/// <summary>
/// Collects notes one at a time into a REFI-QDA project. It keeps only the XML that points into the texts,
/// never the texts themselves: those go straight into the zip, so memory stays bounded by the codings.
/// </summary>
internal sealed class NotesProject(Codebook codebook, ReferenceData reference)
{
    public const string ReviewedSet = "Granskade anteckningar";
    public const string UnreviewedSet = "Ogranskade anteckningar (maskinförslag)";

    private static readonly XNamespace Ns = QdaXml.Project;

    // Variables an analyst can filter and compare by; no company name or organisation number.
    private static readonly (string Name, string Type, string Description)[] VariableSpecs =
    [
        ("Kommun", "Text", "Kommunkod och namn (SCB)."),
        ("Län", "Text", "Länskod och namn (SCB)."),
        ("Intervjudatum", "Date", "Dagen intervjun hölls."),
        ("Storleksklass", "Text", "Antal anställda, t.ex. 10-49."),
        ("Bransch", "Text", "SNI-avdelning, t.ex. C."),
        ("Granskad", "Boolean", "Om en handläggare granskat anteckningens taggar."),
    ];

    private readonly Dictionary<Guid, QdaUser> _users = [];
    private readonly List<XElement> _sources = [];
    private readonly List<Guid> _reviewed = [];
    private readonly List<Guid> _unreviewed = [];

    public int Count => _sources.Count;

    /// <summary>Adds the note as a text source; returns its zip entry name and the text to store there.</summary>
    public (string EntryName, string Text) Add(Note note)
    {
        var codings = NoteCodings.For(note);
        var text = new CodePointText(note.Text, codings.SelectMany(c => new[] { c.Start, c.End }));
        var municipality = reference.FindMunicipality(note.Municipality);
        var county = reference.FindCounty(note.County);
        var guid = note.NoteId.ToString("D");

        var source = new XElement(
            Ns + "TextSource",
            new XAttribute("guid", guid),
            new XAttribute("name", $"{municipality?.Name ?? note.Municipality} {note.InterviewDate:yyyy-MM-dd} {guid[..8]}"),
            new XAttribute("plainTextPath", $"internal://{guid}.txt"),
            new XAttribute("creationDateTime", QdaXml.DateTime(note.CreatedAt)),
            new XElement(Ns + "Description", "Intervjuanteckning; personuppgifter är maskade. Interview note; personal data is masked."));

        foreach (var coding in codings)
        {
            _users.TryAdd(coding.By.Guid, coding.By);
            var (start, end) = (text.Position(coding.Start), text.Position(coding.End));
            var selection = QdaIds.Selection(note.NoteId, coding.Code, start, end);
            var (by, at) = (coding.By.Guid.ToString("D"), QdaXml.DateTime(coding.At));
            source.Add(new XElement(
                Ns + "PlainTextSelection",
                new XAttribute("guid", selection.ToString("D")),
                new XAttribute("name", Label(coding)),
                new XAttribute("startPosition", start),
                new XAttribute("endPosition", end),
                new XAttribute("creatingUser", by),
                new XAttribute("creationDateTime", at),
                new XElement(
                    Ns + "Coding",
                    new XAttribute("guid", QdaIds.Coding(selection).ToString("D")),
                    new XAttribute("creatingUser", by),
                    new XAttribute("creationDateTime", at),
                    new XElement(Ns + "CodeRef", new XAttribute("targetGUID", coding.Code.ToString("D"))))));
        }

        source.Add(
            TextValue("Kommun", municipality is null ? note.Municipality : $"{municipality.Code} {municipality.Name}"),
            TextValue("Län", county is null ? note.County : $"{county.Code} {county.Name}"),
            Value("Intervjudatum", "DateValue", note.InterviewDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            note.Company?.SizeClass is { } size ? TextValue("Storleksklass", size) : null,
            note.Company?.Sector is { } sector ? TextValue("Bransch", sector) : null,
            Value("Granskad", "BooleanValue", note.Review is null ? "false" : "true"));

        _sources.Add(source);
        (note.Review is null ? _unreviewed : _reviewed).Add(note.NoteId);
        return ($"sources/{guid}.txt", text.Text);
    }

    /// <summary>The project document; its children in the fixed order of Project.xsd (Users, CodeBook, Variables, Sources, Sets, Description).</summary>
    public XDocument Build(string name, DateTimeOffset now)
    {
        var project = new XElement(
            Ns + "Project",
            new XAttribute("name", name),
            new XAttribute("origin", "Knowledge"),
            new XAttribute("creationDateTime", QdaXml.DateTime(now)));

        if (_users.Count > 0)
        {
            project.Add(new XElement(Ns + "Users", _users.Values.OrderBy(u => u.Name, StringComparer.Ordinal).Select(u =>
                new XElement(Ns + "User", new XAttribute("guid", u.Guid.ToString("D")), new XAttribute("name", u.Name), new XAttribute("id", u.Name)))));
        }

        project.Add(new XElement(
            Ns + "CodeBook",
            new XElement(Ns + "Codes", codebook.Tags.Select(t => QdaCodes.Reviewed(Ns, t)), QdaCodes.SuggestedGroup(Ns, codebook.Tags))));

        project.Add(new XElement(Ns + "Variables", VariableSpecs.Select(v => new XElement(
            Ns + "Variable",
            new XAttribute("guid", QdaIds.Variable(v.Name).ToString("D")),
            new XAttribute("name", v.Name),
            new XAttribute("typeOfVariable", v.Type),
            new XElement(Ns + "Description", v.Description)))));

        if (_sources.Count > 0)
        {
            project.Add(
                new XElement(Ns + "Sources", _sources),
                new XElement(Ns + "Sets", Set(ReviewedSet, _reviewed), Set(UnreviewedSet, _unreviewed)));
        }

        project.Add(new XElement(
            Ns + "Description",
            "Intervjuanteckningar från Knowledge, maskade. Granskade taggar är kodningar på sina koder; ogranskade anteckningar har bara taggarens förslag, under \""
            + QdaCodes.SuggestedGroupName + "\". Positioner räknas i Unicode-kodpunkter från 0, slutet exklusivt."));
        return new XDocument(project);
    }

    private string Label(PlannedCoding coding)
    {
        var label = codebook.Tags.FirstOrDefault(t => t.Tag == coding.Tag)?.Label.Sv ?? coding.Tag;
        return coding.Code == QdaIds.Code(coding.Tag) ? label : $"Förslag: {label}";
    }

    private static XElement Set(string name, IEnumerable<Guid> members) =>
        new(
            Ns + "Set",
            new XAttribute("guid", QdaIds.Set(name).ToString("D")),
            new XAttribute("name", name),
            members.Select(m => new XElement(Ns + "MemberSource", new XAttribute("targetGUID", m.ToString("D")))));

    private static XElement TextValue(string variable, string value) => Value(variable, "TextValue", value);

    private static XElement Value(string variable, string element, string value) =>
        new(
            Ns + "VariableValue",
            new XElement(Ns + "VariableRef", new XAttribute("targetGUID", QdaIds.Variable(variable).ToString("D"))),
            new XElement(Ns + element, value));
}
