using System.Runtime.CompilerServices;
using Knowledge.Needs;

namespace Knowledge.Surveys;

/// <summary>
/// Answers as the needs rebuild counts them: only the current revision of an answer counts (superseded revisions
/// are rows of another kind), and a withdrawn answer not at all; erased answers are gone.
/// </summary>
internal sealed class SurveyNeedsSource(ISurveyResponseStore responses) : INeedsSource
{
    public async IAsyncEnumerable<NeedsContribution> ContributionsAsync(string municipality, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var response in responses.ReadAllAsync(municipality, cancellationToken))
        {
            if (!response.IsWithdrawn)
            {
                yield return response.ToContribution();
            }
        }
    }

    public Task IndexAsync(string municipality, CancellationToken cancellationToken) => responses.IndexAsync(municipality, cancellationToken);
}
