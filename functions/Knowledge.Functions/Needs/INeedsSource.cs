namespace Knowledge.Needs;

/// <summary>
/// A kind of record that counts in the needs (answers, notes), as the rebuild reads it per municipality. The
/// features that own the records register one each, so Needs recounts them without knowing them.
/// </summary>
public interface INeedsSource
{
    /// <summary>What the municipality's records count now, one contribution per counted record.</summary>
    IAsyncEnumerable<NeedsContribution> ContributionsAsync(string municipality, CancellationToken cancellationToken);

    /// <summary>Writes the lookup rows of the municipality's records: the backfill the rebuild does on its way.</summary>
    Task IndexAsync(string municipality, CancellationToken cancellationToken);
}
