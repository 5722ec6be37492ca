using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;
using Knowledge.Reference;

namespace Knowledge.Notes;

/// <summary>The body of a new interview note; NoteIntake checks what the record cannot say (codes, dates, slugs).</summary>
internal sealed record CreateNoteRequest(
    Guid NoteId,
    [property: RegularExpression(@"^\d{4}$", ErrorMessage = MunicipalityField.Format)] string Municipality,
    DateOnly InterviewDate,
    CompanyInput? Company,
    [property: MaxLength(NoteIntake.MaxTextLength)] string Text,
    [property: MaxLength(20)] IReadOnlyList<string>? Establishments);

/// <summary>The facts about the interviewed company a note may carry.</summary>
internal sealed record CompanyInput(
    [property: MaxLength(200)] string? Name,
    [property: MaxLength(20)] string? OrganisationNumber,
    [property: AllowedValues("0-9", "10-49", "50-249")] string? SizeClass,
    [property: Description("SNI 2007 section letter, A–U.")] string? Sector);

/// <summary>The body of a tag review: the tags that count from now on and an optional comment.</summary>
internal sealed record ReviewTagsRequest(
    [property: MaxLength(50)] IReadOnlyList<string> Tags,
    [property: MaxLength(NoteReviewer.MaxCommentLength)][property: Description("Optional; stored masked with the review.")] string? Comment);

/// <summary>The request bodies Notes binds, source-generated. Nulls are left out, so a note's fingerprint is that of
/// the fields the client sent.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CreateNoteRequest))]
[JsonSerializable(typeof(ReviewTagsRequest))]
internal sealed partial class NoteBodies : JsonSerializerContext;
