using System.Text.Json.Nodes;
using Knowledge.Surveys;

namespace Knowledge.Tests.Surveys;

/// <summary>Validates answers against the shipped default survey, as the submit endpoint will.</summary>
public sealed class SmeNeedsAnswerValidationTests
{
    private const string FullAnswer = """
        {
          "municipality": "Skellefteå",
          "sizeClass": "10-49",
          "sector": "C",
          "challenges": ["competence", "procurement"],
          "challengeSeverity": { "competence": "serious", "procurement": "minor" },
          "needs": "Vi behöver svetsare och hjälp att förstå upphandlingarna.",
          "growthPlans": "grow",
          "financingNeed": "0_5m_to_2m",
          "financingPurpose": ["investment", "other"],
          "financingPurpose-Comment": "Ny lokal",
          "knowsProcurementTiming": "partly",
          "wantsBuyerContact": true,
          "consentToContact": true
        }
        """;

    private const string MinimalAnswer = """
        {
          "municipality": "Luleå",
          "sizeClass": "0-9",
          "sector": "F",
          "challenges": ["none"],
          "growthPlans": "keep_size",
          "knowsProcurementTiming": "no",
          "consentToContact": false
        }
        """;

    private readonly IReadOnlyList<SurveyQuestion> questions = SurveyQuestionReader.Read(SmeNeedsDefinitionFile.Load());

    [Fact]
    public void Full_answer_is_valid()
    {
        var errors = Validate(FullAnswer);

        Assert.Empty(errors);
    }

    [Fact]
    public void Answer_with_only_required_questions_and_none_of_the_challenges_is_valid()
    {
        var errors = Validate(MinimalAnswer);

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("municipality")]
    [InlineData("sizeClass")]
    [InlineData("sector")]
    [InlineData("challenges")]
    [InlineData("growthPlans")]
    [InlineData("knowsProcurementTiming")]
    [InlineData("consentToContact")]
    public void Missing_required_question_is_reported_by_field_name(string name)
    {
        var data = TestSurveys.Parse(FullAnswer);
        data.Remove(name);

        var errors = SurveyResponseValidator.Validate(questions, data);

        TestSurveys.AssertOnlyError(errors, $"data.{name}", "Required.");
    }

    [Theory]
    [InlineData("sizeClass", "\"\"")]
    [InlineData("sizeClass", "\"   \"")]
    [InlineData("sizeClass", "null")]
    [InlineData("challenges", "[]")]
    [InlineData("municipality", "null")]
    public void Blank_required_answer_counts_as_missing(string name, string blank)
    {
        var data = TestSurveys.Parse(FullAnswer);
        data[name] = JsonNode.Parse(blank);

        var errors = SurveyResponseValidator.Validate(questions, data);

        TestSurveys.AssertOnlyError(errors, $"data.{name}", "Required.");
    }

    [Theory]
    [InlineData("wantsBuyerContact")]
    [InlineData("needs")]
    [InlineData("financingNeed")]
    [InlineData("challengeSeverity")]
    [InlineData("financingPurpose")]
    public void Optional_or_conditional_question_may_be_left_out(string name)
    {
        var data = TestSurveys.Parse(FullAnswer);
        data.Remove(name);
        data.Remove("financingPurpose-Comment");

        var errors = SurveyResponseValidator.Validate(questions, data);

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("sizeClass", "\"5-9\"", "'5-9' is not one of the allowed values: 0-9, 10-49, 50-249.")]
    [InlineData("sizeClass", "9", "'9' is not one of the allowed values: 0-9, 10-49, 50-249.")]
    [InlineData("sizeClass", "[\"0-9\"]", "Must be a single string or number.")]
    [InlineData("sector", "\"a\"", "'a' is not one of the allowed values: A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U.")]
    [InlineData("growthPlans", "\"expand\"", "'expand' is not one of the allowed values: grow, keep_size, shrink_or_close, succession_planned.")]
    [InlineData("knowsProcurementTiming", "true", "Must be a single string or number.")]
    [InlineData("consentToContact", "\"yes\"", "Must be true or false.")]
    [InlineData("wantsBuyerContact", "1", "Must be true or false.")]
    [InlineData("challenges", "\"competence\"", "Must be an array.")]
    [InlineData("challenges", "[\"competence\", \"weather\"]", "'weather' is not one of the allowed values: competence, financing, timing, growth_willingness, succession, transition_requirements, procurement, infrastructure, none.")]
    [InlineData("challenges", "[\"none\", \"financing\"]", "'none' cannot be combined with other values.")]
    [InlineData("challenges", "[\"timing\", \"timing\"]", "'timing' is selected more than once.")]
    [InlineData("needs", "42", "Must be a string.")]
    [InlineData("municipality", "1234", "Must be a non-empty string.")]
    public void Wrong_answer_is_reported_with_a_specific_message(string name, string answer, string message)
    {
        var data = TestSurveys.Parse(FullAnswer);
        data[name] = JsonNode.Parse(answer);

        var errors = SurveyResponseValidator.Validate(questions, data);

        TestSurveys.AssertOnlyError(errors, $"data.{name}", message);
    }

    [Theory]
    [InlineData(4000, true)]
    [InlineData(4001, false)]
    public void Needs_are_accepted_up_to_4000_characters(int length, bool isValid)
    {
        var data = TestSurveys.Parse(FullAnswer);
        data["needs"] = new string('x', length);

        var errors = SurveyResponseValidator.Validate(questions, data);

        if (isValid)
        {
            Assert.Empty(errors);
        }
        else
        {
            TestSurveys.AssertOnlyError(errors, "data.needs", "At most 4000 characters.");
        }
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void Municipality_accepts_any_name_up_to_100_characters_because_the_caller_checks_it(int length, bool isValid)
    {
        var data = TestSurveys.Parse(FullAnswer);
        data["municipality"] = new string('Å', length);

        var errors = SurveyResponseValidator.Validate(questions, data);

        Assert.Equal(isValid, errors.Count == 0);
    }

    [Theory]
    [InlineData("{ \"weather\": \"serious\" }", "'weather' is not one of the rows: competence, financing, timing, growth_willingness, succession, transition_requirements, procurement, infrastructure.")]
    [InlineData("{ \"competence\": \"huge\" }", "'huge' for row 'competence' is not one of the allowed values: minor, moderate, serious.")]
    [InlineData("{ \"competence\": [\"minor\"] }", "The answer for row 'competence' is not one of the allowed values: minor, moderate, serious.")]
    [InlineData("[\"serious\"]", "Must be an object with one answer per row.")]
    public void Severity_with_an_unknown_row_or_column_is_rejected(string severity, string message)
    {
        var data = TestSurveys.Parse(FullAnswer);
        data["challengeSeverity"] = JsonNode.Parse(severity);

        var errors = SurveyResponseValidator.Validate(questions, data);

        TestSurveys.AssertOnlyError(errors, "data.challengeSeverity", message);
    }

    [Fact]
    public void Conditional_financing_purpose_is_still_validated_when_present()
    {
        var data = TestSurveys.Parse(FullAnswer);
        data["financingPurpose"] = new JsonArray("investment", "holiday");

        var errors = SurveyResponseValidator.Validate(questions, data);

        Assert.Equal(["data.financingPurpose"], errors.Keys);
    }

    [Theory]
    [InlineData("foo", "Not a question in this survey.")]
    [InlineData("sizeClass-Comment", "Not a question in this survey.")]
    [InlineData("Municipality", "Not a question in this survey.")]
    public void Key_that_is_not_a_question_or_an_allowed_comment_is_rejected(string key, string message)
    {
        var data = TestSurveys.Parse(FullAnswer);
        data[key] = "x";

        var errors = SurveyResponseValidator.Validate(questions, data);

        TestSurveys.AssertOnlyError(errors, $"data.{key}", message);
    }

    [Theory]
    [InlineData("\"\"", null)]
    [InlineData("null", null)]
    [InlineData("7", "Must be a string.")]
    public void Financing_purpose_comment_must_be_text(string comment, string? message)
    {
        var data = TestSurveys.Parse(FullAnswer);
        data["financingPurpose-Comment"] = JsonNode.Parse(comment);

        var errors = SurveyResponseValidator.Validate(questions, data);

        if (message is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            TestSurveys.AssertOnlyError(errors, "data.financingPurpose-Comment", message);
        }
    }

    [Fact]
    public void Financing_purpose_comment_is_capped_at_500_characters()
    {
        var data = TestSurveys.Parse(FullAnswer);
        data["financingPurpose-Comment"] = new string('x', 501);

        var errors = SurveyResponseValidator.Validate(questions, data);

        TestSurveys.AssertOnlyError(errors, "data.financingPurpose-Comment", "At most 500 characters.");
    }

    [Fact]
    public void Every_problem_in_one_answer_is_reported()
    {
        var data = TestSurveys.Parse("""{ "sizeClass": "huge", "extra": 1 }""");

        var errors = SurveyResponseValidator.Validate(questions, data);

        Assert.Equal(
            [
                "data.municipality", "data.sizeClass", "data.sector", "data.challenges", "data.growthPlans",
                "data.knowsProcurementTiming", "data.consentToContact", "data.extra",
            ],
            errors.Keys);
    }

    private IReadOnlyDictionary<string, string[]> Validate(string dataJson) =>
        SurveyResponseValidator.Validate(questions, TestSurveys.Parse(dataJson));
}
