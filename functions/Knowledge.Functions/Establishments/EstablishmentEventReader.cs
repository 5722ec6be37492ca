using Knowledge.Shared.Vocabulary;

namespace Knowledge.Establishments;

/// <summary>
/// Turns a bound event into a recorded one, naming what the record's shape cannot rule out: a status missing from
/// a status change, a name on any but a renaming, a date out of range or a status in the future, a bad URL.
/// </summary>
internal sealed class EstablishmentEventReader
{
    private static readonly DateOnly Earliest = new(1900, 1, 1);
    private static readonly DateOnly Latest = new(2100, 12, 31);

    public (RecordedEvent? Event, IDictionary<string, string[]> Errors) Read(EstablishmentEventInput input, string recordedBy, DateTimeOffset recordedAt)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (input.Date < Earliest || input.Date > Latest)
        {
            errors.TryAdd("date", [$"Must be from {Earliest:yyyy-MM-dd} to {Latest:yyyy-MM-dd}."]);
        }

        if (input.Kind == EstablishmentTerms.StatusChange && input.Status is null)
        {
            errors.TryAdd("status", ["Required for a status_change event."]);
        }

        if (input.Kind == EstablishmentTerms.Renamed && input.Name is null)
        {
            errors.TryAdd("name", ["Required for a renamed event: the new name."]);
        }

        if (input.Kind != EstablishmentTerms.Renamed && input.Name is not null)
        {
            errors.TryAdd("name", ["Only a renamed event gives a new name; leave name out, or use kind renamed."]);
        }

        // A status is a fact about what has happened; a planned change is a milestone until it happens.
        if (input.Status is not null && input.Date > DateOnly.FromDateTime(recordedAt.UtcDateTime))
        {
            errors.TryAdd("date", ["An event with a status cannot lie in the future; record it when it has happened."]);
        }

        TextLength.Check(input.Text, "text", 2_000, errors);
        var source = input.Source?.Read("source", errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var recorded = new EstablishmentEvent(input.Date, input.Kind, input.Status is { } status ? EstablishmentTerms.Status(status) : null, input.Text, source, recordedBy, input.Name);
        return (new RecordedEvent(input.EventId, recorded, Fingerprint(input), recordedAt), errors);
    }

    /// <summary>The event's body as written by the serializer, hashed, so a retry is recognised whatever its spacing or field order.</summary>
    private static string Fingerprint(EstablishmentEventInput input) =>
        CanonicalJson.Hash(JsonSerializer.SerializeToNode(input, EstablishmentRequestBodies.Default.EstablishmentEventInput));
}
