using Microsoft.Extensions.Options;

namespace Knowledge.Examples;

/// <summary>
/// Keeps this instance's search index level with the catalogue in storage. Each instance of the Function
/// App has its own index; before answering, an instance whose last check is older than
/// <see cref="ExamplesOptions.SyncSeconds"/> reads the catalogue version (one point read) and applies
/// the changes since the version it indexed.
/// </summary>
internal sealed class CatalogueIndex(IExampleStore store, IExampleSearch search, TimeProvider clock, IOptions<ExamplesOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _version = -1;
    private long _checkedAt;
    private HashSet<string> _indexed = new(StringComparer.Ordinal);

    public long Version => Interlocked.Read(ref _version);

    /// <summary>The index, caught up with storage as of a few seconds ago at most.</summary>
    public async Task<IExampleSearch> SearchAsync(CancellationToken cancellationToken)
    {
        await CatchUpAsync(force: false, cancellationToken);
        return search;
    }

    /// <summary>Applies what changed in storage; <paramref name="force"/> after a write of this instance's own.</summary>
    public async Task CatchUpAsync(bool force, CancellationToken cancellationToken)
    {
        if (!force && IsFresh())
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!force && IsFresh())
            {
                return;
            }

            var checkedAt = clock.GetTimestamp();
            if (Version < 0)
            {
                await ReloadAsync(cancellationToken);
            }
            else if (await store.VersionAsync(cancellationToken) > Version)
            {
                var changes = await store.ChangesAsync(Version, cancellationToken);

                // The seed advances the version without change rows: reload when the log has a gap.
                if (changes.Count == 0 || changes[0].Version != Version + 1)
                {
                    await ReloadAsync(cancellationToken);
                }
                else
                {
                    await ApplyAsync(changes, cancellationToken);
                }
            }

            Interlocked.Exchange(ref _checkedAt, checkedAt);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var snapshot = await store.ListAsync(cancellationToken);
        var slugs = snapshot.Examples.Select(e => e.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _indexed.Where(s => !slugs.Contains(s)).ToList())
        {
            search.Remove(gone);
        }

        search.Upsert(snapshot.Examples);
        _indexed = slugs;
        Interlocked.Exchange(ref _version, snapshot.Version);
    }

    private async Task ApplyAsync(IReadOnlyList<CatalogueChange> changes, CancellationToken cancellationToken)
    {
        foreach (var slug in changes.Select(c => c.Slug).Distinct(StringComparer.Ordinal))
        {
            // Read the example as it is now: any later change to it is in this batch too.
            if (await store.FindAsync(slug, cancellationToken) is { } stored)
            {
                search.Upsert([stored.Example]);
                _indexed.Add(slug);
            }
            else
            {
                search.Remove(slug);
                _indexed.Remove(slug);
            }
        }

        Interlocked.Exchange(ref _version, changes[^1].Version);
    }

    private bool IsFresh() =>
        Version >= 0 && clock.GetElapsedTime(Interlocked.Read(ref _checkedAt)).TotalSeconds < options.Value.SyncSeconds;
}
