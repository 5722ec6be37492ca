namespace Knowledge.Notes;

/// <summary>
/// The county's notes awaiting review, oldest first: partition <c>review-{county}</c> of table <c>RecordIndex</c>, a row
/// <c>{created, ticks}-{note id}</c> naming the municipality per unreviewed note, so the queue is one range query of
/// the county however many notes are stored. Like the other index rows, a note's queue row is written before the note
/// and removed after its review or erasure; a row whose note is missing or already reviewed reads as not queued.
/// </summary>
internal sealed class ReviewQueue(TableServiceClient tables)
{
    private TableClient Table => tables.GetTableClient(Tables.RecordIndex);

    public Task AddAsync(Note note, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(new ReviewQueueEntity { PartitionKey = Partition(note.County), RowKey = RowKey(note), Municipality = note.Municipality }, TableUpdateMode.Replace, cancellationToken);

    public Task RemoveAsync(Note note, CancellationToken cancellationToken) =>
        Table.DeleteEntityAsync(Partition(note.County), RowKey(note), cancellationToken: cancellationToken);

    /// <summary>The queued notes of the county, oldest first, as (municipality, note id).</summary>
    public async IAsyncEnumerable<(string Municipality, Guid NoteId)> ReadAsync(string county, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in Table.QueryAsync<ReviewQueueEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition(county)}"), cancellationToken: cancellationToken))
        {
            if (row.Municipality is { } municipality && Guid.TryParse(row.RowKey[(row.RowKey.IndexOf('-', StringComparison.Ordinal) + 1)..], out var noteId))
            {
                yield return (municipality, noteId);
            }
        }
    }

    private static string Partition(string county) => "review-" + county;

    // Ticks sort as text once padded, so the partition reads oldest first.
    private static string RowKey(Note note) =>
        note.CreatedAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + note.NoteId.ToString("D");
}
