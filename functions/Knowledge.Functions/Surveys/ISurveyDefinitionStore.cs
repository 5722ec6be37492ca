using Knowledge.Audit;

namespace Knowledge.Surveys;

public interface ISurveyDefinitionStore
{
    /// <summary>The latest published version of every survey.</summary>
    Task<IReadOnlyList<SurveyDefinition>> ListLatestAsync(CancellationToken cancellationToken);

    /// <summary>A version, or the latest when <paramref name="version"/> is null; null when there is none.</summary>
    Task<SurveyDefinition?> GetAsync(string surveyId, int? version, CancellationToken cancellationToken);

    /// <summary>Publishes a version once; returns false when that version already exists (published versions are immutable).</summary>
    Task<bool> TryPublishAsync(SurveyDefinition definition, CancellationToken cancellationToken);

    /// <summary>The survey's draft of its next version, with its ETag; null when there is none.</summary>
    Task<SurveyDraft?> GetDraftAsync(string surveyId, CancellationToken cancellationToken);

    /// <summary>Adds the draft with its audit row; <see cref="WriteStatus.Conflict"/> when the survey already has that draft.</summary>
    Task<WriteOutcome<SurveyDraft>> AddDraftAsync(SurveyDraft draft, AuditEntry audit, CancellationToken cancellationToken);

    /// <summary>Replaces the draft if it still has <paramref name="ifMatch"/> (any ETag when null), with its audit row.</summary>
    Task<WriteOutcome<SurveyDraft>> UpdateDraftAsync(SurveyDraft draft, string? ifMatch, AuditEntry audit, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: adds the published version (never overwriting one), deletes the draft if it still has
    /// <paramref name="ifMatch"/>, and adds the audit row.
    /// </summary>
    Task<WriteOutcome<SurveyDefinition>> PublishDraftAsync(SurveyDefinition published, string? ifMatch, AuditEntry audit, CancellationToken cancellationToken);
}
