using Knowledge.Shared.Privacy;

namespace Knowledge.Tests.Shared.Privacy;

public sealed class OrganisationNumberTests
{
    [Theory]
    [InlineData("556036-0793", "556036-0793")]
    [InlineData("5560360793", "556036-0793")]
    [InlineData("16556036-0793", "556036-0793")]
    [InlineData("165560360793", "556036-0793")]
    [InlineData("556016-0680", "556016-0680")]
    [InlineData(" 5560160680 ", "556016-0680")]
    [InlineData("556547-5489", "556547-5489")]
    [InlineData("212000-0142", "212000-0142")]
    public void A_legal_entity_number_with_the_right_check_digit_is_read_in_normal_form(string text, string expected)
    {
        var parsed = OrganisationNumber.TryParse(text, out var number);

        Assert.True(parsed);
        Assert.Equal(expected, number!.Value);
        Assert.Equal(expected, number.ToString());
        Assert.False(number.IsSoleTrader);
    }

    [Theory]
    [InlineData("556036-0794")]
    [InlineData("556036-0790")]
    [InlineData("556016-0681")]
    [InlineData("16556036-0794")]
    [InlineData("5560160689")]
    public void A_wrong_check_digit_is_rejected(string text)
    {
        var parsed = OrganisationNumber.TryParse(text, out var number);

        Assert.False(parsed);
        Assert.Null(number);
    }

    [Theory]
    [InlineData("780412-1239", "780412-1239")]
    [InlineData("7804121239", "780412-1239")]
    [InlineData("19780412-1239", "780412-1239")]
    [InlineData("197804121239", "780412-1239")]
    [InlineData("16780412-1239", "780412-1239")]
    [InlineData("780472-1236", "780472-1236")]
    [InlineData("20010101-1237", "010101-1237")]
    public void A_sole_traders_number_is_the_owners_personal_identity_number(string text, string expected)
    {
        var parsed = OrganisationNumber.TryParse(text, out var number);

        Assert.True(parsed);
        Assert.Equal(expected, number!.Value);
        Assert.True(number.IsSoleTrader);
    }

    [Theory]
    [InlineData("780412-1239", "[personnummer]")]
    [InlineData("7804121239", "[personnummer]")]
    [InlineData("19780412-1239", "[personnummer]")]
    [InlineData("197804121239", "[personnummer]")]
    [InlineData("16780412-1239", "[personnummer]")]
    [InlineData("167804121239", "[personnummer]")]
    [InlineData("780472-1236", "[samordningsnummer]")]
    public void Every_form_of_a_sole_traders_number_is_masked_whole(string text, string expected)
    {
        Assert.True(OrganisationNumber.TryParse(text, out var number));
        Assert.True(number.IsSoleTrader);

        var masked = PersonalDataMasker.Mask(text);

        Assert.Equal(expected, masked.Text);
    }

    [Theory]
    [InlineData("620230-1237")] // check digit fits, but 30 February is no birth date and month 02 is no legal entity
    [InlineData("781332-1234")] // month 13
    [InlineData("19556036-0793")] // a birth century before a legal entity's number
    [InlineData("20780412-1239")] // 2078 has not happened
    [InlineData("17556036-0793")]
    [InlineData("55603-60793")]
    [InlineData("556036--0793")]
    [InlineData("556036-079")]
    [InlineData("AB556036-0793")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_no_organisation_number(string? text)
    {
        var parsed = OrganisationNumber.TryParse(text, out var number);

        Assert.False(parsed);
        Assert.Null(number);
    }

    [Fact]
    public void Numbers_written_differently_are_equal_once_read()
    {
        OrganisationNumber.TryParse("165560360793", out var twelveDigits);
        OrganisationNumber.TryParse("556036-0793", out var tenDigits);

        Assert.Equal(tenDigits, twelveDigits);
    }
}
