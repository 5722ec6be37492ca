using Knowledge.Audit;

namespace Knowledge.Surveys;

public interface ISurveyResponseStore
{
    /// <summary>Stores the answer, its audit row and its counts atomically; false when an answer with that id already exists.</summary>
    Task<bool> TryAddAsync(SurveyResponse response, AuditEntry audit, CancellationToken cancellationToken);

    Task<SurveyResponse?> GetAsync(string municipality, Guid responseId, CancellationToken cancellationToken);

    Task<IReadOnlyList<SurveyResponse>> ListAsync(string municipality, CancellationToken cancellationToken);

    /// <summary>Looks in every municipality; for callers not scoped to one (admin).</summary>
    Task<SurveyResponse?> FindAsync(Guid responseId, CancellationToken cancellationToken);
}
