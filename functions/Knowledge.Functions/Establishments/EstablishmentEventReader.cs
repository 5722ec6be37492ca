using Knowledge.Shared.Vocabulary;

namespace Knowledge.Establishments;

/// <summary>
/// Reads an event body: {"eventId": client uuid, "date": "2025-03-12", "kind": "status_change|renamed|milestone",
/// "status"?: required for status_change, "name"?: the new name, required for renamed and only there,
/// "text": {"sv", "en"?}, "source"?: {"title", "url"?}}.
/// </summary>
internal sealed class EstablishmentEventReader
{
    private static readonly DateOnly Earliest = new(1900, 1, 1);

    public (RecordedEvent? Event, IDictionary<string, string[]> Errors) Read(JsonObject body, string recordedBy, DateTimeOffset recordedAt)
    {
        var fields = new FieldReader(body);
        fields.RejectUnknown("eventId", "date", "kind", "status", "name", "text", "source");

        var eventId = fields.Uuid("eventId");
        var date = fields.Date("date", Earliest, new DateOnly(2100, 12, 31));
        var kind = fields.OneOf("kind", EstablishmentTerms.EventKinds, required: true);
        var status = fields.OneOf("status", EstablishmentTerms.Statuses, required: kind == EstablishmentTerms.StatusChange);
        var name = fields.String("name", required: kind == EstablishmentTerms.Renamed, maxLength: 200);
        if (name is not null && kind is not null && kind != EstablishmentTerms.Renamed)
        {
            fields.AddError("name", "Only a renamed event gives a new name; leave name out, or use kind renamed.");
        }

        var text = fields.Bilingual("text", 2_000);
        var source = fields.Source(body, "source");

        // A status is a fact about what has happened; a planned change is a milestone until it happens.
        if (status is not null && date > DateOnly.FromDateTime(recordedAt.UtcDateTime))
        {
            fields.AddError("date", "An event with a status cannot lie in the future; record it when it has happened.");
        }

        if (!fields.IsValid)
        {
            return (null, fields.Errors);
        }

        var recorded = new EstablishmentEvent(date!.Value, kind!, status is null ? null : EstablishmentTerms.Status(status), text!, source, recordedBy, name);
        return (new RecordedEvent(eventId!.Value, recorded, CanonicalJson.Hash(body), recordedAt), fields.Errors);
    }
}
