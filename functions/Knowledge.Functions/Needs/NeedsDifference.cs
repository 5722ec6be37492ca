namespace Knowledge.Needs;

/// <summary>A stored counter (a count or its key sum) that did not match the recount from the raw answers and notes.</summary>
public sealed record NeedsDifference(string Municipality, string Counter, string Property, long Stored, long Recounted);
