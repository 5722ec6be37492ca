namespace Knowledge.Audit;

/// <summary>Who did what to which record, and when; <c>Count</c> for changes to many records. Never carries free text or personal data.</summary>
public sealed record AuditEntry(
    DateTimeOffset At,
    string ActorId,
    string ActorProvider,
    string Action,
    string Target,
    string Scope,
    int? Count = null);
