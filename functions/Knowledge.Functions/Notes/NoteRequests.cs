using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Knowledge.Notes;

/// <summary>The body of a new interview note (NoteIntake reads and validates it field by field).</summary>
internal sealed record CreateNoteRequest(
    Guid NoteId,
    [property: RegularExpression(@"^\d{4}$")] string Municipality,
    DateOnly InterviewDate,
    CompanyInput? Company,
    string Text,
    IReadOnlyList<string>? Establishments);

/// <summary>The facts about the interviewed company a note may carry.</summary>
internal sealed record CompanyInput(
    string? Name,
    string? OrganisationNumber,
    [property: AllowedValues("0-9", "10-49", "50-249")] string? SizeClass,
    string? Sector);

/// <summary>The body of a tag review: the tags that count from now on and an optional comment.</summary>
internal sealed record ReviewTagsRequest(
    IReadOnlyList<string> Tags,
    [property: MaxLength(1000)][property: Description("Optional; stored masked with the review.")] string? Comment);
