using Knowledge.Audit;

namespace Knowledge.Examples;

/// <summary>
/// Staff edits of the catalogue: validated, audited, safe to retry, guarded by ETags; the edit is in
/// this instance's index before the call returns (other instances catch up within seconds).
/// </summary>
internal sealed class ExampleCatalogue(IExampleStore store, ExampleReader reader, CatalogueIndex index, TimeProvider clock)
{
    /// <summary>Creates an example; a retry with the same content answers the stored one, other content under the slug is a conflict.</summary>
    public async Task<WriteOutcome<StoredExample>> CreateAsync(Caller caller, ExampleInput input, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (example, errors) = reader.Read(input, null, caller.UserId, now);
        if (example is null)
        {
            return WriteOutcome<StoredExample>.Invalid(errors);
        }

        var result = await store.SaveAsync(example, null, Audit(caller, "catalogue.example.create", example.Slug, now), cancellationToken);
        if (result.Status == CatalogueWriteStatus.Exists)
        {
            var existing = await store.FindAsync(example.Slug, cancellationToken);
            return existing is not null && SameContent(existing.Example, example)
                ? new WriteOutcome<StoredExample>(WriteStatus.Replayed, existing)
                : WriteOutcome<StoredExample>.Fail(WriteStatus.Conflict, $"There is already an example '{example.Slug}' with other content; change it with PUT /api/examples/{example.Slug}.");
        }

        return await WrittenAsync(result, example, WriteStatus.Created, cancellationToken);
    }

    /// <summary>Replaces an existing example; <paramref name="ifMatch"/> (an ETag) makes a stale edit fail instead of overwriting.</summary>
    public async Task<WriteOutcome<StoredExample>> UpdateAsync(Caller caller, string slug, ExampleInput input, string? ifMatch, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (example, errors) = reader.Read(input, slug, caller.UserId, now);
        if (example is null)
        {
            return WriteOutcome<StoredExample>.Invalid(errors);
        }

        var existing = await store.FindAsync(slug, cancellationToken);
        if (existing is null)
        {
            return Missing(slug);
        }

        if (IsStale(ifMatch, existing))
        {
            return Stale(slug);
        }

        var result = await store.SaveAsync(example, ifMatch ?? "*", Audit(caller, "catalogue.example.update", slug, now), cancellationToken);
        return result.Status switch
        {
            CatalogueWriteStatus.Missing => Missing(slug),
            CatalogueWriteStatus.Stale => Stale(slug),
            _ => await WrittenAsync(result, example, WriteStatus.Updated, cancellationToken),
        };
    }

    public async Task<WriteOutcome<StoredExample>> DeleteAsync(Caller caller, string slug, string? ifMatch, CancellationToken cancellationToken)
    {
        var existing = await store.FindAsync(slug, cancellationToken);
        if (existing is null)
        {
            return WriteOutcome<StoredExample>.Fail(WriteStatus.NotFound, $"There is no example '{slug}'.");
        }

        if (IsStale(ifMatch, existing))
        {
            return Stale(slug);
        }

        var result = await store.DeleteAsync(slug, ifMatch ?? "*", Audit(caller, "catalogue.example.delete", slug, clock.GetUtcNow()), cancellationToken);
        return result.Status switch
        {
            CatalogueWriteStatus.Missing => WriteOutcome<StoredExample>.Fail(WriteStatus.NotFound, $"There is no example '{slug}'."),
            CatalogueWriteStatus.Stale => Stale(slug),
            _ => await WrittenAsync(result, existing.Example, WriteStatus.Updated, cancellationToken),
        };
    }

    private async Task<WriteOutcome<StoredExample>> WrittenAsync(CatalogueWriteResult result, GoodExample example, WriteStatus status, CancellationToken cancellationToken)
    {
        await index.CatchUpAsync(force: true, cancellationToken);
        return new WriteOutcome<StoredExample>(status, new StoredExample(example, result.ETag ?? ""));
    }

    // Compared here, not left to storage: a malformed ETag would make the table service reject the request instead.
    private static bool IsStale(string? ifMatch, StoredExample existing) => ifMatch is not null && ifMatch != "*" && ifMatch != existing.ETag;

    private static WriteOutcome<StoredExample> Missing(string slug) =>
        WriteOutcome<StoredExample>.Fail(WriteStatus.NotFound, $"There is no example '{slug}'; create it with POST /api/examples.");

    private static WriteOutcome<StoredExample> Stale(string slug) =>
        WriteOutcome<StoredExample>.Fail(WriteStatus.PreconditionFailed, $"Example '{slug}' was changed by someone else since you read it; read it again and redo your change.");

    private static AuditEntry Audit(Caller caller, string action, string slug, DateTimeOffset at) =>
        new(at, caller.UserId, caller.IdentityProvider, action, $"examples/{slug}", "catalogue");

    private static bool SameContent(GoodExample a, GoodExample b) =>
        JsonSerializer.Serialize(a with { UpdatedAt = default, UpdatedBy = "" }, ExampleJson.Options)
        == JsonSerializer.Serialize(b with { UpdatedAt = default, UpdatedBy = "" }, ExampleJson.Options);
}
