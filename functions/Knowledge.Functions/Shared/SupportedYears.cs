namespace Knowledge.Shared;

/// <summary>
/// The years a date in a query may name. Far narrower than DateOnly's, so that a period's neighbours (the month
/// before, the day after) never fall off the calendar, which would throw instead of answering 400.
/// </summary>
internal static class SupportedYears
{
    public const int First = 2000;
    public const int Last = 2099;

    public const string Message = "Must lie in the years 2000 to 2099.";

    public static bool Contains(int year) => year is >= First and <= Last;
}
