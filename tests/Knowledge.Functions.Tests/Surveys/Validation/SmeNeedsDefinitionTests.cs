using System.Text.Json.Nodes;
using Knowledge.Surveys;

namespace Knowledge.Tests.Surveys;

/// <summary>
/// The server, the tagging codebook and the reports depend on the question names and
/// values of the default survey, so they are pinned here.
/// </summary>
public sealed class SmeNeedsDefinitionTests
{
    private const string ChallengeTags =
        "competence,financing,timing,growth_willingness,succession,transition_requirements,procurement,infrastructure";

    private readonly JsonObject definition = SmeNeedsDefinitionFile.Load();

    [Fact]
    public void Survey_has_localised_title_description_and_complete_text()
    {
        AssertLocalised(definition["title"], "title");
        AssertLocalised(definition["description"], "description");
        AssertLocalised(definition["completeText"], "completeText");
        Assert.Contains(definition["showQuestionNumbers"]?.GetValue<string>(), new[] { "off", "on" });
    }

    [Fact]
    public void Survey_has_two_to_four_titled_pages()
    {
        var pages = Assert.IsType<JsonArray>(definition["pages"]);

        Assert.InRange(pages.Count, 2, 4);
        Assert.All(pages, page => AssertLocalised(page?["title"], "page title"));
    }

    [Fact]
    public void Every_question_and_option_text_is_localised_in_swedish_and_english()
    {
        var elements = AllElements(definition).ToList();

        Assert.NotEmpty(elements);
        foreach (var element in elements)
        {
            var name = element["name"]?.GetValue<string>();
            AssertLocalised(element["title"], $"{name}.title");
            foreach (var list in new[] { "choices", "rows", "columns" })
            {
                foreach (var item in element[list]?.AsArray() ?? [])
                {
                    AssertLocalised(item?["text"], $"{name}.{list}[{item?["value"]}]");
                }
            }
        }
    }

    [Fact]
    public void Survey_has_exactly_the_questions_the_server_depends_on_in_order()
    {
        var questions = SurveyQuestionReader.Read(definition);

        Assert.Equal(
            [
                "municipality", "sizeClass", "sector", "challenges", "challengeSeverity", "needs",
                "growthPlans", "financingNeed", "financingPurpose", "knowsProcurementTiming",
                "wantsBuyerContact", "consentToContact",
            ],
            questions.Select(question => question.Name));
    }

    [Theory]
    [InlineData("municipality", "dropdown", true, false, "")]
    [InlineData("sizeClass", "radiogroup", true, false, "0-9,10-49,50-249")]
    [InlineData("sector", "dropdown", true, false, "A,B,C,D,E,F,G,H,I,J,K,L,M,N,O,P,Q,R,S,T,U")]
    [InlineData("challenges", "checkbox", true, false, ChallengeTags + ",none")]
    [InlineData("challengeSeverity", "matrix", false, true, "")]
    [InlineData("needs", "comment", false, false, "")]
    [InlineData("growthPlans", "radiogroup", true, false, "grow,keep_size,shrink_or_close,succession_planned")]
    [InlineData("financingNeed", "radiogroup", false, false, "none,under_0_5m,0_5m_to_2m,2m_to_10m,over_10m")]
    [InlineData("financingPurpose", "checkbox", false, true,
        "investment,working_capital,recruitment,green_transition,certification,expansion_to_new_markets,succession,other")]
    [InlineData("knowsProcurementTiming", "radiogroup", true, false, "yes,partly,no")]
    [InlineData("wantsBuyerContact", "boolean", false, false, "")]
    [InlineData("consentToContact", "boolean", true, false, "")]
    public void Question_has_the_agreed_type_requiredness_and_values(
        string name, string type, bool isRequired, bool isConditional, string values)
    {
        var question = Question(name);

        Assert.Equal(type, question.Type);
        Assert.Equal(isRequired, question.IsRequired);
        Assert.Equal(isConditional, question.IsConditional);
        Assert.Equal(values, string.Join(",", question.ChoiceValues));
    }

    [Fact]
    public void Municipality_has_no_choices_because_the_page_fills_them_from_the_office()
    {
        var municipality = Element("municipality");

        Assert.Null(municipality["choices"]);
        Assert.Null(municipality["choicesByUrl"]);
    }

    [Theory]
    [InlineData("competence", "Kompetensförsörjning", "Competence supply")]
    [InlineData("financing", "Finansiering", "Financing")]
    [InlineData("timing", "Tajming och information om etableringarnas faser", "Timing and information on the establishments' phases")]
    [InlineData("growth_willingness", "Vilja och ork att växa", "Will and strength to grow")]
    [InlineData("succession", "Generationsskifte", "Succession")]
    [InlineData("transition_requirements", "Omställnings-, hållbarhets- och certifieringskrav", "Transition, sustainability and certification requirements")]
    [InlineData("procurement", "Upphandling, pris, storlekskrav och kontakt med stora köpare", "Procurement, price, size requirements and contact with large buyers")]
    [InlineData("infrastructure", "Transporter, el och bostäder", "Transport, power and housing")]
    public void Challenge_tag_has_the_codebook_text_in_the_checkbox_and_the_severity_matrix(
        string value, string swedish, string english)
    {
        var choice = Item(Element("challenges"), "choices", value);
        var row = Item(Element("challengeSeverity"), "rows", value);

        Assert.Equal(swedish, choice["text"]?["default"]?.GetValue<string>());
        Assert.Equal(english, choice["text"]?["en"]?.GetValue<string>());
        Assert.Equal(choice["text"]?.ToJsonString(), row["text"]?.ToJsonString());
    }

    [Fact]
    public void Challenges_offer_a_none_item_named_none_of_these()
    {
        var challenges = Element("challenges");

        Assert.True(challenges["showNoneItem"]?.GetValue<bool>());
        Assert.Equal("Inga av dessa", challenges["noneText"]?["default"]?.GetValue<string>());
        Assert.Equal("None of these", challenges["noneText"]?["en"]?.GetValue<string>());
        Assert.Equal(["none"], Question("challenges").ExclusiveValues);
    }

    [Fact]
    public void Severity_matrix_shows_only_the_selected_challenges()
    {
        var matrix = Element("challengeSeverity");
        var question = Question("challengeSeverity");

        Assert.Equal("{challenges} notempty and {challenges} notcontains 'none'", matrix["visibleIf"]?.GetValue<string>());
        Assert.Equal("{challenges} contains {item}", matrix["rowsVisibleIf"]?.GetValue<string>());
        Assert.Equal("Hur allvarlig är varje utmaning?", matrix["title"]?["default"]?.GetValue<string>());
        Assert.Equal(ChallengeTags, string.Join(",", question.Rows));
        Assert.Equal(["minor", "moderate", "serious"], question.Columns);
    }

    [Theory]
    [InlineData("minor", "Liten")]
    [InlineData("moderate", "Märkbar")]
    [InlineData("serious", "Allvarlig")]
    public void Severity_column_has_the_agreed_swedish_text(string value, string swedish)
    {
        var column = Item(Element("challengeSeverity"), "columns", value);

        Assert.Equal(swedish, column["text"]?["default"]?.GetValue<string>());
    }

    [Fact]
    public void Needs_are_capped_at_4000_characters()
    {
        Assert.Equal(4000, Question("needs").MaxLength);
    }

    [Fact]
    public void Financing_purpose_is_asked_only_when_financing_is_needed_and_allows_other_text()
    {
        var purpose = Element("financingPurpose");

        Assert.Equal("{financingNeed} notempty and {financingNeed} <> 'none'", purpose["visibleIf"]?.GetValue<string>());
        Assert.True(purpose["showOtherItem"]?.GetValue<bool>());
        Assert.True(Question("financingPurpose").AllowsComment);
    }

    [Fact]
    public void Browser_caps_other_texts_at_the_length_the_server_accepts()
    {
        Assert.Equal(SurveyResponseValidator.CommentValueMaxLength, definition["maxOthersLength"]?.GetValue<int>());
    }

    [Fact]
    public void Financing_need_under_half_a_million_is_written_the_swedish_way()
    {
        var choice = Item(Element("financingNeed"), "choices", "under_0_5m");

        Assert.Contains("0,5 mnkr", choice["text"]?["default"]?.GetValue<string>());
    }

    [Fact]
    public void Only_the_expected_questions_allow_a_comment_value()
    {
        var questions = SurveyQuestionReader.Read(definition);

        Assert.Equal(["financingPurpose"], questions.Where(question => question.AllowsComment).Select(question => question.Name));
    }

    private SurveyQuestion Question(string name) =>
        Assert.Single(SurveyQuestionReader.Read(definition), question => question.Name == name);

    private JsonObject Element(string name) =>
        Assert.Single(AllElements(definition), element => element["name"]?.GetValue<string>() == name);

    private static JsonObject Item(JsonObject element, string list, string value) =>
        Assert.Single(
            element[list]?.AsArray().OfType<JsonObject>() ?? [],
            item => item["value"]?.GetValue<string>() == value);

    private static IEnumerable<JsonObject> AllElements(JsonObject container)
    {
        var children = (container["pages"]?.AsArray() ?? []).Concat(container["elements"]?.AsArray() ?? []);
        foreach (var child in children.OfType<JsonObject>())
        {
            if (child["type"] is not null && child["type"]?.GetValue<string>() != "panel")
            {
                yield return child;
            }

            foreach (var nested in AllElements(child))
            {
                yield return nested;
            }
        }
    }

    private static void AssertLocalised(JsonNode? text, string what)
    {
        var localised = Assert.IsType<JsonObject>(text);
        Assert.False(string.IsNullOrWhiteSpace(localised["default"]?.GetValue<string>()), $"{what} has no Swedish default.");
        Assert.False(string.IsNullOrWhiteSpace(localised["en"]?.GetValue<string>()), $"{what} has no English text.");
    }
}
