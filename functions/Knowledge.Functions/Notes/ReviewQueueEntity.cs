namespace Knowledge.Notes;

/// <summary>A queued note: row <c>{created ticks}-{note id}</c> in partition <c>review-{county}</c>, naming its municipality.</summary>
internal sealed class ReviewQueueEntity : TableRow
{
    public string? Municipality { get; set; }
}
