using Knowledge.Disclosure;

namespace Knowledge.Tests.Infrastructure;

/// <summary>
/// Record keys of 0 for tests about something other than disclosure control: every cell key is then 0, which the
/// perturbation table maps to the count itself for every count from 3 (1 becomes 0, 2 becomes 3). Tests of the
/// disclosure control itself use the app's random keys.
/// </summary>
public sealed class FixedRecordKeys : IRecordKeySource
{
    public static readonly FixedRecordKeys Zero = new();

    public long Next() => 0;
}
