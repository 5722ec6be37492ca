using System.Globalization;
using System.Runtime.Serialization;
using System.Text.Json;
using Knowledge.Shared;

namespace Knowledge.Establishments;

/// <summary>
/// A row of partition <c>establishments</c>: an establishment (<c>establishment-{slug}</c>: its status word and time
/// beside the document) or one of its events (<c>event-{slug}-{date}-{id}</c>: id, date, fingerprint and time beside
/// the event's document). One class holds both kinds' columns, since the list reads both in one range query (a query
/// per kind would double its requests); a kind's columns are null on the other kind's rows, and so are not stored.
/// The document is bounded by the row limit only (<see cref="LargeText.MaxChunks"/>).
/// </summary>
internal sealed class EstablishmentPartitionRow : DocumentRow
{
    public const string Partition = "establishments";
    public const string EstablishmentPrefix = "establishment-";
    public const string EventPrefix = "event-";

    /// <summary>Both kinds: the establishment's slug.</summary>
    public string? Slug { get; set; }

    /// <summary>Establishment rows: the status as its word (<see cref="EstablishmentTerms.Word"/>).</summary>
    public string? Status { get; set; }

    /// <summary>Establishment rows.</summary>
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Event rows, as are the columns below.</summary>
    public string? EventId { get; set; }

    /// <summary>yyyy-MM-dd.</summary>
    public string? Date { get; set; }

    public string? BodyHash { get; set; }

    public DateTimeOffset? RecordedAt { get; set; }

    [IgnoreDataMember]
    public bool IsEvent => RowKey.StartsWith(EventPrefix, StringComparison.Ordinal);

    public static string RowKeyOf(string slug) => EstablishmentPrefix + slug;

    public static EstablishmentPartitionRow Of(Establishment establishment) =>
        new()
        {
            PartitionKey = Partition,
            RowKey = RowKeyOf(establishment.Slug),
            Slug = establishment.Slug,
            Status = EstablishmentTerms.Word(establishment.Status),
            UpdatedAt = establishment.UpdatedAt.ToUniversalTime(),

            // Events live in their own rows; the document never carries them.
            Document = JsonSerializer.Serialize(establishment with { Events = [] }, EstablishmentJson.Options),
        };

    public static EstablishmentPartitionRow Of(string slug, RecordedEvent recorded)
    {
        var date = recorded.Event.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new()
        {
            PartitionKey = Partition,
            RowKey = $"{EventPrefix}{slug}-{date}-{recorded.EventId:N}",
            Slug = slug,
            EventId = recorded.EventId.ToString("D"),
            Date = date,
            BodyHash = recorded.BodyHash,
            RecordedAt = recorded.RecordedAt.ToUniversalTime(),
            Document = JsonSerializer.Serialize(recorded.Event, EstablishmentJson.Options),
        };
    }

    public Establishment ToEstablishment() =>
        JsonSerializer.Deserialize<Establishment>(Document, EstablishmentJson.Options)
        ?? throw new InvalidOperationException($"Establishment row {RowKey} has no document.");

    public RecordedEvent ToEvent() =>
        new(
            Guid.Parse(EventId!),
            JsonSerializer.Deserialize<EstablishmentEvent>(Document, EstablishmentJson.Options)
                ?? throw new InvalidOperationException($"Event row {RowKey} has no document."),
            BodyHash ?? "",
            RecordedAt ?? DateTimeOffset.MinValue);
}

/// <summary>The row <c>seeded</c> of partition <c>establishments</c>: its keys are all it holds; it says the shipped establishments were written.</summary>
internal sealed class EstablishmentsSeededRow : TableRow
{
    public EstablishmentsSeededRow()
    {
        PartitionKey = EstablishmentPartitionRow.Partition;
        RowKey = "seeded";
    }
}
