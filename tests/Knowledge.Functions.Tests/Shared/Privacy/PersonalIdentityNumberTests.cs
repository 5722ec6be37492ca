using Knowledge.Shared.Privacy;

namespace Knowledge.Tests.Shared.Privacy;

// Check digits were computed independently of the code under test; the check digit covers YYMMDDNNN.
public sealed class PersonalIdentityNumberTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    [Theory]
    [InlineData("121212-1212")]
    [InlineData("19121212-1212")]
    [InlineData("780412-1239")]
    [InlineData("7804121239")]
    [InlineData("19780412-1239")]
    [InlineData("197804121239")]
    [InlineData("19780412 1239")]
    [InlineData("780412 1239")]
    [InlineData("470320+2319")]
    [InlineData("190101-2383")]
    [InlineData("20190101-2383")]
    [InlineData("811218-9876")]
    [InlineData("640823-3234")]
    [InlineData("010101-1237")]
    [InlineData("20010101-1237")]
    [InlineData("960229-1230")]
    [InlineData("040229-1231")]
    [InlineData("040229+1231")]
    [InlineData("20000229-1235")]
    [InlineData(" 850101-2226 ")]
    public void A_real_date_with_the_right_check_digit_is_a_personnummer(string candidate)
    {
        var kind = PersonalIdentityNumber.Classify(candidate, Today);

        Assert.Equal(PersonalIdentityKind.Personnummer, kind);
    }

    [Theory]
    [InlineData("780472-1236")]
    [InlineData("7804721236")]
    [InlineData("19780472-1236")]
    [InlineData("990161-9990")]
    [InlineData("19990161-9990")]
    [InlineData("810191-4565")]
    public void A_day_plus_sixty_with_the_right_check_digit_is_a_samordningsnummer(string candidate)
    {
        var kind = PersonalIdentityNumber.Classify(candidate, Today);

        Assert.Equal(PersonalIdentityKind.Samordningsnummer, kind);
    }

    [Theory]
    [InlineData("780412-1234")] // wrong check digit
    [InlineData("19780412-1230")] // wrong check digit
    [InlineData("1234567890")]
    [InlineData("620230-1237")] // 30 February
    [InlineData("030229-1232")] // 2003 is no leap year
    [InlineData("010229-1234")] // 2001 is no leap year
    [InlineData("000229+1235")] // 1900 is no leap year
    [InlineData("200002-2927")] // month 00
    [InlineData("781332-1234")] // month 13
    [InlineData("780400-1233")] // day 00
    [InlineData("810192-4564")] // coordination day 32 January
    [InlineData("780492-1232")] // coordination day 32 April
    [InlineData("17780412-1239")] // no one alive was born in the 1700s
    [InlineData("19780412+1239")] // '+' belongs to the 10-digit form only
    [InlineData("556036-0793")] // an organisation number: month 60
    [InlineData("78041-21239")]
    [InlineData("780412--1239")]
    [InlineData("780412-123")]
    [InlineData("780412-12399")]
    [InlineData("78O412-1239")]
    [InlineData("")]
    public void Anything_else_is_no_identity_number(string candidate)
    {
        var kind = PersonalIdentityNumber.Classify(candidate, Today);

        Assert.Null(kind);
    }

    [Theory]
    [InlineData("780412-1239")]
    [InlineData("19780412-1239")]
    [InlineData("780472-1236")]
    [InlineData("121212-1212")]
    [InlineData("000229-1235")]
    public void Every_other_check_digit_makes_the_number_invalid(string valid)
    {
        var actual = valid[^1];

        var accepted = "0123456789"
            .Where(d => d != actual)
            .Where(d => PersonalIdentityNumber.Classify(valid[..^1] + d, Today) is not null);

        Assert.NotNull(PersonalIdentityNumber.Classify(valid, Today));
        Assert.Empty(accepted);
    }

    [Theory]
    [InlineData("000229-1235", 2026, PersonalIdentityKind.Personnummer)] // born 2000, a leap year
    [InlineData("000229+1235", 2026, null)] // born 1900, not a leap year
    [InlineData("000229-1235", 2150, null)] // born 2100, not a leap year
    [InlineData("000229+1235", 2150, PersonalIdentityKind.Personnummer)] // born 2000
    [InlineData("000229-1235", 2099, PersonalIdentityKind.Personnummer)]
    [InlineData("780412+1239", 1, null)] // no year zero to fall back on
    public void A_ten_digit_number_takes_its_century_from_the_separator_and_the_date(string candidate, int year, PersonalIdentityKind? expected)
    {
        var kind = PersonalIdentityNumber.Classify(candidate, new DateOnly(year, 1, 1));

        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("260601-1233", PersonalIdentityKind.Personnummer)] // born today
    [InlineData("20260601-1233", PersonalIdentityKind.Personnummer)]
    [InlineData("260661-1230", PersonalIdentityKind.Samordningsnummer)]
    [InlineData("260602-1232", null)] // tomorrow
    [InlineData("20260602-1232", null)]
    [InlineData("260662-1239", null)]
    [InlineData("260602+1232", PersonalIdentityKind.Personnummer)] // born 1926, so written with '+'
    [InlineData("20780412-1239", null)]
    public void A_birth_date_after_today_was_never_issued(string candidate, PersonalIdentityKind? expected)
    {
        var kind = PersonalIdentityNumber.Classify(candidate, Today);

        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("19121212-1212", true)]
    [InlineData("780472-1236", true)]
    [InlineData("19121212-1213", false)]
    public void Is_valid_agrees_with_classify(string candidate, bool expected)
    {
        Assert.Equal(expected, PersonalIdentityNumber.IsValid(candidate));
    }
}
