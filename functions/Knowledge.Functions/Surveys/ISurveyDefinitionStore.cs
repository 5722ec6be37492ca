namespace Knowledge.Surveys;

public interface ISurveyDefinitionStore
{
    /// <summary>The latest published version of every survey.</summary>
    Task<IReadOnlyList<SurveyDefinition>> ListLatestAsync(CancellationToken cancellationToken);

    /// <summary>A version, or the latest when <paramref name="version"/> is null; null when there is none.</summary>
    Task<SurveyDefinition?> GetAsync(string surveyId, int? version, CancellationToken cancellationToken);

    /// <summary>Publishes a version once; returns false when that version already exists (published versions are immutable).</summary>
    Task<bool> TryPublishAsync(SurveyDefinition definition, CancellationToken cancellationToken);
}
