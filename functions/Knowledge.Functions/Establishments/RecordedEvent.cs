namespace Knowledge.Establishments;

/// <summary>An event as it is stored: the client's id and a fingerprint of its body, so a retry is recognised and a reused id is a conflict.</summary>
public sealed record RecordedEvent(Guid EventId, EstablishmentEvent Event, string BodyHash, DateTimeOffset RecordedAt);
