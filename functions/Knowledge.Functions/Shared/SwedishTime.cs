namespace Knowledge.Shared;

/// <summary>Swedish local time, in which offices and regions read months and times.</summary>
internal static class SwedishTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static DateTimeOffset Of(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);
}
