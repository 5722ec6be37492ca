using Knowledge.Audit;
using Knowledge.Disclosure;
using Knowledge.Establishments;
using Knowledge.Reference;
using Knowledge.Shared.Privacy;
using Knowledge.Shared.Vocabulary;
using Knowledge.Tagging;

namespace Knowledge.Notes;

/// <summary>
/// Accepts an office's interview note: validates it, masks personal data before anything is stored or sent to
/// a tagger, tags the masked text and stores note, tags and audit row once (idempotent on the client's note id).
/// </summary>
internal sealed class NoteIntake(INoteStore notes, ITagger tagger, ReferenceData reference, IEstablishmentStore establishments, IRecordKeySource recordKeys, TimeProvider clock, ILogger<NoteIntake> logger)
{
    public const int MaxTextLength = TagFunctions.MaxTextLength;

    public async Task<WriteOutcome<Note>> SubmitAsync(Caller caller, CreateNoteRequest body, CancellationToken cancellationToken)
    {
        var outcome = await SubmitOnceAsync(caller, body, cancellationToken);
        NoteLog.NoteWritten(logger, "create", outcome.Value?.NoteId, caller.UserId, outcome.Status, outcome.Value?.Suggested.Tags.Count);
        return outcome;
    }

    private async Task<WriteOutcome<Note>> SubmitOnceAsync(Caller caller, CreateNoteRequest body, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var errors = new Dictionary<string, string[]>();
        var municipality = reference.Municipality(body.Municipality, errors);
        if (body.InterviewDate < new DateOnly(2000, 1, 1) || body.InterviewDate > today.AddDays(1))
        {
            errors["interviewDate"] = [$"Must be from 2000-01-01 to {today.AddDays(1):yyyy-MM-dd}."];
        }

        var company = ReadCompany(body.Company, errors);
        var named = await ReadEstablishmentsAsync(body.Establishments ?? [], errors, cancellationToken);
        if (errors.Count > 0)
        {
            return WriteOutcome<Note>.Invalid(errors);
        }

        if (!caller.ActsForMunicipality(municipality!.Code))
        {
            return WriteOutcome<Note>.Fail(WriteStatus.Forbidden, $"You may write notes only for your own municipalities, not {municipality.Code} {municipality.Name}.");
        }

        var bodyHash = CanonicalJson.Hash(JsonSerializer.SerializeToNode(body, NoteBodies.Default.CreateNoteRequest));
        return await IdempotentWrite.StoreOnceAsync(
            bodyHash,
            n => n.BodyHash,
            () => notes.GetAsync(municipality.Code, body.NoteId, cancellationToken),
            async () =>
            {
                var masked = PersonalDataMasker.Mask(body.Text);
                return new Note(
                    body.NoteId,
                    municipality.Code,
                    municipality.CountyCode,
                    body.InterviewDate,
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
            $"Note {body.NoteId:D} was already saved with different content; use a new noteId for a new note.");
    }

    /// <summary>Optional slugs of establishments the note is about, each one that exists.</summary>
    private async Task<IReadOnlyList<string>> ReadEstablishmentsAsync(IReadOnlyList<string> slugs, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (slugs.Count == 0)
        {
            return [];
        }

        var known = (await establishments.ListAsync(null, cancellationToken)).Select(e => e.Slug).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < slugs.Count; i++)
        {
            if (!known.Contains(slugs[i]))
            {
                errors.TryAdd($"establishments[{i}]", [$"Unknown establishment '{slugs[i]}'; see /api/establishments."]);
            }
        }

        return [.. slugs.Distinct(StringComparer.Ordinal)];
    }

    private static CompanyFacts? ReadCompany(CompanyInput? company, Dictionary<string, string[]> errors)
    {
        if (company is null)
        {
            return null;
        }

        string? organisationNumber = null;
        if (company.OrganisationNumber is { } number)
        {
            if (!OrganisationNumber.TryParse(number, out var parsed))
            {
                errors["company.organisationNumber"] = [OrganisationNumber.Invalid];
            }
            else
            {
                // A sole trader's number is the owner's personal identity number.
                organisationNumber = parsed.IsSoleTrader ? PersonalDataMasker.Mask(number).Text : parsed.ToString();
            }
        }

        if (company.Sector is { } sector && !CompanyClassification.Sectors.Contains(sector))
        {
            errors["company.sector"] = [$"Must be one of: {string.Join(", ", CompanyClassification.Sectors)}."];
        }

        var name = company.Name is null ? null : PersonalDataMasker.Mask(company.Name).Text;
        return new CompanyFacts(name, organisationNumber, company.SizeClass, company.Sector);
    }
}
