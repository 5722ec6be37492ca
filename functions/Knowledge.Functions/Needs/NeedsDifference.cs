namespace Knowledge.Needs;

/// <summary>A stored counter that did not match the recount from the raw answers and notes.</summary>
public sealed record NeedsDifference(string Municipality, string Counter, string Property, int Stored, int Recounted);
