namespace Knowledge.Establishments;

/// <summary>The establishments in Table storage; events are appended, never rewritten.</summary>
public interface IEstablishmentStore
{
    /// <summary>Every establishment, or those in a county.</summary>
    Task<IReadOnlyList<Establishment>> ListAsync(string? county, CancellationToken cancellationToken);

    Task<Establishment?> FindAsync(string slug, CancellationToken cancellationToken);
}
