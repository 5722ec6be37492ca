using Azure;
using Azure.Data.Tables;
using Knowledge.Audit;
using Knowledge.Shared;

namespace Knowledge.Establishments;

/// <summary>
/// One partition holds a row per establishment (<c>establishment-{slug}</c>), a row per event
/// (<c>event-{slug}-{date}-{id}</c>) and the audit rows, so an event, the status it sets and its audit row
/// commit in one entity-group transaction. The establishment row's ETag orders concurrent writers. Both kinds are
/// read and written as <see cref="EstablishmentPartitionRow"/>.
/// </summary>
internal sealed class TableEstablishmentStore(TableServiceClient tables) : IEstablishmentStore
{
    private const string Partition = EstablishmentPartitionRow.Partition;
    private const string EventPrefix = EstablishmentPartitionRow.EventPrefix;
    private const int MaxAttempts = 50;

    private TableClient Table => tables.GetTableClient(Tables.Establishments);

    public async Task<IReadOnlyList<Establishment>> ListAsync(string? county, CancellationToken cancellationToken)
    {
        // Establishment rows sort before event rows, and nothing else lies between them.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {EstablishmentPartitionRow.EstablishmentPrefix} and RowKey lt {"event."}");
        var establishments = new List<Establishment>();
        var events = new List<(string Slug, RecordedEvent Event)>();
        await foreach (var row in Table.QueryAsync<EstablishmentPartitionRow>(filter, cancellationToken: cancellationToken))
        {
            if (row.IsEvent)
            {
                events.Add((row.Slug!, row.ToEvent()));
            }
            else
            {
                establishments.Add(row.ToEstablishment());
            }
        }

        var bySlug = events.ToLookup(e => e.Slug, e => e.Event);
        return [.. establishments
            .Where(e => county is null || e.Counties.Contains(county))
            .OrderBy(e => e.Slug, StringComparer.Ordinal)
            .Select(e => WithEvents(e, bySlug[e.Slug]))];
    }

    public async Task<Establishment?> FindAsync(string slug, CancellationToken cancellationToken) =>
        (await GetAsync(slug, cancellationToken))?.Establishment;

    public async Task<StoredEstablishment?> GetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await ReadRowAsync(slug, cancellationToken) is not { } row)
        {
            return null;
        }

        var events = await ReadEventsAsync(slug, cancellationToken);
        return new StoredEstablishment(WithEvents(row.ToEstablishment(), events), row.ETag.ToString());
    }

    public async Task<EstablishmentWriteResult> SaveAsync(Establishment establishment, string? ifMatch, AuditEntry audit, CancellationToken cancellationToken)
    {
        var entity = EstablishmentPartitionRow.Of(establishment);
        TableTransactionAction[] actions =
        [
            ifMatch is null
                ? new TableTransactionAction(TableTransactionActionType.Add, entity)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, new ETag(ifMatch)),
            new TableTransactionAction(TableTransactionActionType.Add, AuditEntity.Of(Partition, audit)),
        ];
        try
        {
            var response = await Table.SubmitTransactionAsync(actions, cancellationToken);
            return new EstablishmentWriteResult(EstablishmentWriteStatus.Written, ETagOf(response));
        }
        catch (TableTransactionFailedException ex) when (ex.FailedTransactionActionIndex == 0 && ex.Status is 404 or 409 or 412)
        {
            return new EstablishmentWriteResult(ex.Status switch
            {
                409 => EstablishmentWriteStatus.Exists,
                404 => EstablishmentWriteStatus.Missing,
                _ => EstablishmentWriteStatus.Stale,
            });
        }
    }

    public async Task<EventWriteResult> AddEventAsync(string slug, RecordedEvent recorded, string? ifMatch, AuditEntry audit, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await ReadRowAsync(slug, cancellationToken) is not { } row)
            {
                return new EventWriteResult(EventWriteStatus.Missing);
            }

            var events = await ReadEventsAsync(slug, cancellationToken);
            if (events.FirstOrDefault(e => e.EventId == recorded.EventId) is { } existing)
            {
                return new EventWriteResult(EventWriteStatus.Exists, existing);
            }

            if (ifMatch is not null && ifMatch != "*" && ifMatch != row.ETag.ToString())
            {
                return new EventWriteResult(EventWriteStatus.Stale);
            }

            var current = row.ToEstablishment();
            var (name, named) = EstablishmentNames.Apply(current.Name, events.OrderBy(e => e.Event.Date).ThenBy(e => e.RecordedAt).Select(e => e.Event), recorded.Event);
            var stored = recorded with { Event = named };
            var updated = current with
            {
                Name = name,
                Status = StatusAfter(current.Status, events, recorded.Event),
                UpdatedAt = recorded.RecordedAt,
                UpdatedBy = recorded.Event.RecordedBy,
            };
            TableTransactionAction[] actions =
            [
                new TableTransactionAction(TableTransactionActionType.UpdateReplace, EstablishmentPartitionRow.Of(updated), row.ETag),
                new TableTransactionAction(TableTransactionActionType.Add, EstablishmentPartitionRow.Of(slug, stored)),
                new TableTransactionAction(TableTransactionActionType.Add, AuditEntity.Of(Partition, audit)),
            ];
            try
            {
                var response = await Table.SubmitTransactionAsync(actions, cancellationToken);
                return new EventWriteResult(EventWriteStatus.Added, ETag: ETagOf(response), Added: stored);
            }
            catch (TableTransactionFailedException ex) when (ex.FailedTransactionActionIndex == 0 && ex.Status == 404)
            {
                return new EventWriteResult(EventWriteStatus.Missing);
            }
            catch (TableTransactionFailedException ex) when (ex.FailedTransactionActionIndex is 0 or 1 && ex.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Another write changed the establishment first (or stored this event id); nothing was written.
                // A client that named the version it read is told; otherwise read again and reapply.
                if (ifMatch is not null && ifMatch != "*")
                {
                    return new EventWriteResult(EventWriteStatus.Stale);
                }

                await Task.Delay(Random.Shared.Next(1, 10 * Math.Min(attempt, 10)), cancellationToken);
            }
        }
    }

    public async Task<bool> SeedAsync(IReadOnlyList<SeedEstablishment> seed, AuditEntry audit, CancellationToken cancellationToken)
    {
        var seeded = new EstablishmentsSeededRow();
        if ((await Table.GetEntityIfExistsAsync<EstablishmentsSeededRow>(seeded.PartitionKey, seeded.RowKey, cancellationToken: cancellationToken)).HasValue)
        {
            return false;
        }

        var actions = seed.Select(s => new TableTransactionAction(TableTransactionActionType.UpsertReplace, EstablishmentPartitionRow.Of(s.Establishment)))
            .Concat(seed.SelectMany(s => s.Events.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, EstablishmentPartitionRow.Of(s.Establishment.Slug, e)))))
            .Append(new TableTransactionAction(TableTransactionActionType.Add, seeded))
            .Append(new TableTransactionAction(TableTransactionActionType.Add, AuditEntity.Of(Partition, audit)))
            .ToList();
        try
        {
            await Table.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            // Another instance seeded first.
            return false;
        }
    }

    /// <summary>
    /// The status after an event: the event's, unless an already stored status event is dated later
    /// (a back-dated event adds history without undoing a newer status).
    /// </summary>
    private static EstablishmentStatus StatusAfter(EstablishmentStatus current, IReadOnlyList<RecordedEvent> events, EstablishmentEvent added)
    {
        if (added.Status is not { } status)
        {
            return current;
        }

        var latest = events.Where(e => e.Event.Status is not null).Select(e => e.Event.Date).DefaultIfEmpty(DateOnly.MinValue).Max();
        return added.Date >= latest ? status : current;
    }

    private async Task<EstablishmentPartitionRow?> ReadRowAsync(string slug, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<EstablishmentPartitionRow>(Partition, EstablishmentPartitionRow.RowKeyOf(slug), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    private async Task<IReadOnlyList<RecordedEvent>> ReadEventsAsync(string slug, CancellationToken cancellationToken)
    {
        // The Slug column keeps "lkab" from also reading the events of "lkab-construction".
        var prefix = $"{EventPrefix}{slug}-";
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {prefix} and RowKey lt {EventPrefix + slug + "."} and Slug eq {slug}");
        var events = new List<RecordedEvent>();
        await foreach (var row in Table.QueryAsync<EstablishmentPartitionRow>(filter, cancellationToken: cancellationToken))
        {
            events.Add(row.ToEvent());
        }

        return events;
    }

    private static Establishment WithEvents(Establishment establishment, IEnumerable<RecordedEvent> events) =>
        establishment with { Events = [.. events.OrderBy(e => e.Event.Date).ThenBy(e => e.RecordedAt).Select(e => e.Event)] };

    private static string? ETagOf(Response<IReadOnlyList<Response>> response) =>
        response.Value.Count > 0 && response.Value[0].Headers.ETag is { } written ? written.ToString() : null;
}
