using System.Text.Json.Nodes;
using Knowledge.Audit;
using Knowledge.Disclosure;
using Knowledge.Establishments;
using Knowledge.Reference;
using Knowledge.Shared;
using Knowledge.Shared.Http;
using Knowledge.Shared.Privacy;
using Knowledge.Shared.Vocabulary;
using Knowledge.Tagging;
using Microsoft.Extensions.Logging;

namespace Knowledge.Notes;

/// <summary>
/// Accepts an office's interview note: validates it, masks personal data before anything is stored or sent to
/// a tagger, tags the masked text and stores note, tags and audit row once (idempotent on the client's note id).
/// </summary>
internal sealed class NoteIntake(INoteStore notes, ITagger tagger, ReferenceData reference, IEstablishmentStore establishments, IRecordKeySource recordKeys, TimeProvider clock, ILogger<NoteIntake> logger)
{
    public const int MaxTextLength = TagFunctions.MaxTextLength;

    public async Task<WriteOutcome<Note>> SubmitAsync(Caller caller, JsonObject body, CancellationToken cancellationToken)
    {
        var outcome = await SubmitOnceAsync(caller, body, cancellationToken);
        NoteLog.NoteWritten(logger, "create", outcome.Value?.NoteId, caller.UserId, outcome.Status, outcome.Value?.Suggested.Tags.Count);
        return outcome;
    }

    private async Task<WriteOutcome<Note>> SubmitOnceAsync(Caller caller, JsonObject body, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var fields = new FieldReader(body);
        var noteId = fields.Uuid("noteId");
        var municipality = fields.Municipality(reference);
        var interviewDate = fields.Date("interviewDate", new DateOnly(2000, 1, 1), today.AddDays(1));
        var text = fields.String("text", required: true, maxLength: MaxTextLength);
        var company = ReadCompany(fields);
        var named = await ReadEstablishmentsAsync(fields, body, cancellationToken);
        fields.RejectUnknown("noteId", "municipality", "interviewDate", "company", "text", "establishments");
        if (!fields.IsValid)
        {
            return WriteOutcome<Note>.Invalid(fields.Errors);
        }

        if (!caller.ActsForMunicipality(municipality!.Code))
        {
            return WriteOutcome<Note>.Fail(WriteStatus.Forbidden, $"You may write notes only for your own municipalities, not {municipality.Code} {municipality.Name}.");
        }

        var bodyHash = CanonicalJson.Hash(body);
        return await IdempotentWrite.StoreOnceAsync(
            bodyHash,
            n => n.BodyHash,
            () => notes.GetAsync(municipality.Code, noteId!.Value, cancellationToken),
            async () =>
            {
                var masked = PersonalDataMasker.Mask(text!);
                return new Note(
                    noteId!.Value,
                    municipality.Code,
                    municipality.CountyCode,
                    interviewDate!.Value,
                    company,
                    masked.Text,
                    masked.Spans.Count,
                    await tagger.TagAsync(masked.Text, cancellationToken),
                    Review: null,
                    clock.GetUtcNow(),
                    caller.UserId,
                    bodyHash,
                    recordKeys.Next(),
                    NamedEstablishments: named);
            },
            note => notes.TryAddAsync(
                note,
                new AuditEntry(note.CreatedAt, caller.UserId, caller.IdentityProvider, "note.create", $"notes/{note.NoteId:D}", municipality.Code),
                cancellationToken),
            $"Note {noteId:D} was already saved with different content; use a new noteId for a new note.");
    }

    /// <summary>Optional slugs of establishments the note is about, each one that exists.</summary>
    private async Task<IReadOnlyList<string>> ReadEstablishmentsAsync(FieldReader fields, JsonObject body, CancellationToken cancellationToken)
    {
        if (body["establishments"] is null || fields.Strings("establishments", 20, 80) is not { } slugs)
        {
            return [];
        }

        var known = (await establishments.ListAsync(null, cancellationToken)).Select(e => e.Slug).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < slugs.Length; i++)
        {
            if (!known.Contains(slugs[i]))
            {
                fields.AddError($"establishments[{i}]", $"Unknown establishment '{slugs[i]}'; see /api/establishments.");
            }
        }

        return slugs;
    }

    private static CompanyFacts? ReadCompany(FieldReader fields)
    {
        if (fields.Nested("company") is not { } company)
        {
            return null;
        }

        var name = company.String("name", required: false, maxLength: 200) is { } given ? PersonalDataMasker.Mask(given).Text : null;
        var number = company.String("organisationNumber", required: false, maxLength: 20);
        string? organisationNumber = null;
        if (number is not null)
        {
            if (!OrganisationNumber.TryParse(number, out var parsed))
            {
                company.AddError("organisationNumber", "Must be a Swedish organisation number with a valid check digit, e.g. 556036-0793.");
            }
            else
            {
                // A sole trader's number is the owner's personal identity number.
                organisationNumber = parsed.IsSoleTrader ? PersonalDataMasker.Mask(number).Text : parsed.ToString();
            }
        }

        var sizeClass = company.OneOf("sizeClass", CompanyClassification.SizeClasses, required: false);
        var sector = company.OneOf("sector", CompanyClassification.Sectors, required: false);
        company.RejectUnknown("name", "organisationNumber", "sizeClass", "sector");
        return new CompanyFacts(name, organisationNumber, sizeClass, sector);
    }
}
