using Knowledge.Surveys;

namespace Knowledge.Tests.Surveys;

/// <summary>Per-type rules on small definitions; the default survey is covered in <see cref="SmeNeedsAnswerValidationTests"/>.</summary>
public sealed class SurveyResponseValidatorTests
{
    [Fact]
    public void Missing_data_object_is_reported_on_data()
    {
        var questions = TestSurveys.Read("""[ { "type": "text", "name": "a" } ]""");

        var errors = SurveyResponseValidator.Validate(questions, null);

        TestSurveys.AssertOnlyError(errors, "data", "Must be a JSON object.");
    }

    [Fact]
    public void Empty_answer_to_a_survey_without_required_questions_is_valid()
    {
        var errors = TestSurveys.Validate("""[ { "type": "text", "name": "a" } ]""", "{}");

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("[1, 2, 3]", "2", true)]
    [InlineData("[1, 2, 3]", "\"2\"", true)]
    [InlineData("[1, 2, 3]", "2.0", true)]
    [InlineData("[\"1\", \"2\"]", "1", true)]
    [InlineData("[{ \"value\": 1.5 }]", "1.50", true)]
    [InlineData("[1, 2, 3]", "4", false)]
    [InlineData("[\"a\"]", "\"A\"", false)]
    public void Number_and_string_choices_match_by_their_text(string choices, string answer, bool isValid)
    {
        var errors = TestSurveys.Validate(
            $$"""[ { "type": "radiogroup", "name": "q", "choices": {{choices}} } ]""",
            $$"""{ "q": {{answer}} }""");

        Assert.Equal(isValid, errors.Count == 0);
    }

    [Theory]
    [InlineData("radiogroup")]
    [InlineData("dropdown")]
    public void Single_choice_outside_the_choices_lists_the_allowed_values(string type)
    {
        var errors = TestSurveys.Validate(
            $$"""[ { "type": "{{type}}", "name": "q", "choices": ["a", 2], "showNoneItem": true } ]""",
            """{ "q": "c" }""");

        TestSurveys.AssertOnlyError(errors, "data.q", "'c' is not one of the allowed values: a, 2, none.");
    }

    [Fact]
    public void Long_wrong_value_is_shortened_in_the_message()
    {
        var errors = TestSurveys.Validate(
            """[ { "type": "dropdown", "name": "q", "choices": ["a"] } ]""",
            $$"""{ "q": "{{new string('x', 100)}}" }""");

        TestSurveys.AssertOnlyError(errors, "data.q", $"'{new string('x', 40)}…' is not one of the allowed values: a.");
    }

    [Theory]
    [InlineData("\"\"", null)]
    [InlineData("\"Sundsvall\"", null)]
    [InlineData("3", "Must be a non-empty string.")]
    [InlineData("{}", null)]
    [InlineData("{ \"x\": 1 }", "Must be a single string or number.")]
    public void Choice_question_without_choices_accepts_any_short_string(string answer, string? message)
    {
        var errors = TestSurveys.Validate("""[ { "type": "dropdown", "name": "q" } ]""", $$"""{ "q": {{answer}} }""");

        if (message is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            TestSurveys.AssertOnlyError(errors, "data.q", message);
        }
    }

    [Theory]
    [InlineData("checkbox")]
    [InlineData("tagbox")]
    public void Multiple_choice_accepts_distinct_allowed_values(string type)
    {
        var errors = TestSurveys.Validate(
            $$"""[ { "type": "{{type}}", "name": "q", "choices": ["a", "b", 3] } ]""",
            """{ "q": ["a", 3, "b"] }""");

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("[\"a\", \"x\", \"y\"]", "'x' is not one of the allowed values: a, b, none.|'y' is not one of the allowed values: a, b, none.")]
    [InlineData("[\"a\", \"a\"]", "'a' is selected more than once.")]
    [InlineData("[\"a\", null]", "Each item must be a string or number.")]
    [InlineData("[\"a\", [\"b\"]]", "Each item must be a string or number.")]
    [InlineData("[\"none\", \"a\", \"b\"]", "'none' cannot be combined with other values.")]
    [InlineData("\"a\"", "Must be an array.")]
    public void Multiple_choice_problems_are_each_reported(string answer, string messages)
    {
        var errors = TestSurveys.Validate(
            """[ { "type": "checkbox", "name": "q", "choices": ["a", "b"], "showNoneItem": true } ]""",
            $$"""{ "q": {{answer}} }""");

        Assert.Equal(["data.q"], errors.Keys);
        Assert.Equal(messages.Split('|'), errors["data.q"]);
    }

    [Theory]
    [InlineData("[\"none\"]", true)]
    [InlineData("[]", false)]
    public void None_alone_satisfies_a_required_checkbox(string answer, bool isValid)
    {
        var errors = TestSurveys.Validate(
            """[ { "type": "checkbox", "name": "q", "isRequired": true, "choices": ["a"], "showNoneItem": true } ]""",
            $$"""{ "q": {{answer}} }""");

        Assert.Equal(isValid, errors.Count == 0);
    }

    [Fact]
    public void Exclusive_choice_cannot_be_combined_with_other_values()
    {
        var errors = TestSurveys.Validate(
            """[ { "type": "checkbox", "name": "q", "choices": ["a", { "value": "all", "isExclusive": true }] } ]""",
            """{ "q": ["a", "all"] }""");

        TestSurveys.AssertOnlyError(errors, "data.q", "'all' cannot be combined with other values.");
    }

    [Theory]
    [InlineData("""{ "type": "text", "name": "q" }""", 500)]
    [InlineData("""{ "type": "text", "name": "q", "maxLength": 20 }""", 20)]
    [InlineData("""{ "type": "comment", "name": "q" }""", 4000)]
    [InlineData("""{ "type": "comment", "name": "q", "maxLength": 6000 }""", 6000)]
    public void Text_is_capped_at_its_max_length_or_the_server_default(string element, int maxLength)
    {
        var questions = TestSurveys.Read($"[{element}]");

        var atLimit = SurveyResponseValidator.Validate(questions, TestSurveys.Parse($$"""{ "q": "{{new string('a', maxLength)}}" }"""));
        var overLimit = SurveyResponseValidator.Validate(questions, TestSurveys.Parse($$"""{ "q": "{{new string('a', maxLength + 1)}}" }"""));

        Assert.Empty(atLimit);
        TestSurveys.AssertOnlyError(overLimit, "data.q", $"At most {maxLength} characters.");
    }

    [Theory]
    [InlineData("text", "12", "Must be a string.")]
    [InlineData("comment", "true", "Must be a string.")]
    [InlineData("text", "[\"a\"]", "Must be a string.")]
    public void Text_answer_must_be_a_string(string type, string answer, string message)
    {
        var errors = TestSurveys.Validate($$"""[ { "type": "{{type}}", "name": "q" } ]""", $$"""{ "q": {{answer}} }""");

        TestSurveys.AssertOnlyError(errors, "data.q", message);
    }

    [Theory]
    [InlineData("number", "42.5", true)]
    [InlineData("number", "\"42\"", false)]
    [InlineData("range", "7", true)]
    [InlineData("email", "\"a@b.se\"", true)]
    [InlineData("email", "7", false)]
    public void Number_input_expects_a_json_number(string inputType, string answer, bool isValid)
    {
        var errors = TestSurveys.Validate(
            $$"""[ { "type": "text", "name": "q", "inputType": "{{inputType}}" } ]""",
            $$"""{ "q": {{answer}} }""");

        Assert.Equal(isValid, errors.Count == 0);
    }

    [Theory]
    [InlineData("false", true)]
    [InlineData("true", true)]
    [InlineData("null", false)]
    [InlineData("\"false\"", false)]
    public void Boolean_false_is_an_answer_to_a_required_question(string answer, bool isValid)
    {
        var errors = TestSurveys.Validate(
            """[ { "type": "boolean", "name": "q", "isRequired": true } ]""",
            $$"""{ "q": {{answer}} }""");

        Assert.Equal(isValid, errors.Count == 0);
    }

    [Theory]
    [InlineData("\"ja\"", null)]
    [InlineData("\"nej\"", null)]
    [InlineData("true", "Must be 'ja' or 'nej'.")]
    public void Boolean_with_custom_values_accepts_only_those(string answer, string? message)
    {
        var errors = TestSurveys.Validate(
            """[ { "type": "boolean", "name": "q", "valueTrue": "ja", "valueFalse": "nej" } ]""",
            $$"""{ "q": {{answer}} }""");

        Assert.Equal(message is null ? [] : [message], errors.GetValueOrDefault("data.q") ?? []);
    }

    [Theory]
    [InlineData("", "3", null)]
    [InlineData("", "5", null)]
    [InlineData("", "6", "Must be a number from 1 to 5.")]
    [InlineData("", "2.5", "Must be a number from 1 to 5.")]
    [InlineData("", "\"3\"", "Must be a number from 1 to 5.")]
    [InlineData(", \"rateMin\": 0, \"rateMax\": 10", "0", null)]
    [InlineData(", \"rateCount\": 10", "10", null)]
    [InlineData(", \"rateMin\": 0, \"rateMax\": 1, \"rateStep\": 0.25", "0.75", null)]
    [InlineData(", \"rateMin\": 0, \"rateMax\": 1, \"rateStep\": 0.25", "0.3", "Must be a number from 0 to 1 in steps of 0.25.")]
    [InlineData(", \"rateValues\": [\"low\", { \"value\": 9 }]", "9", null)]
    [InlineData(", \"rateValues\": [\"low\", { \"value\": 9 }]", "1", "'1' is not one of the allowed values: low, 9.")]
    public void Rating_must_be_in_its_range_or_values(string properties, string answer, string? message)
    {
        var errors = TestSurveys.Validate(
            $$"""[ { "type": "rating", "name": "q"{{properties}} } ]""",
            $$"""{ "q": {{answer}} }""");

        Assert.Equal(message is null ? [] : [message], errors.GetValueOrDefault("data.q") ?? []);
    }

    [Fact]
    public void Matrix_accepts_partial_answers_with_number_columns()
    {
        var errors = TestSurveys.Validate(
            """[ { "type": "matrix", "name": "m", "rows": ["r1", "r2"], "columns": [1, 2, 3] } ]""",
            """{ "m": { "r1": 3, "r2": null } }""");

        Assert.Empty(errors);
    }

    [Fact]
    public void Required_matrix_needs_at_least_one_row_answered()
    {
        var errors = TestSurveys.Validate(
            """[ { "type": "matrix", "name": "m", "isRequired": true, "rows": ["r1"], "columns": ["c"] } ]""",
            """{ "m": {} }""");

        TestSurveys.AssertOnlyError(errors, "data.m", "Required.");
    }

    [Theory]
    [InlineData("\"showOtherItem\": true", true)]
    [InlineData("\"showCommentArea\": true", true)]
    [InlineData("\"hasComment\": true", true)]
    [InlineData("\"showNoneItem\": true", false)]
    public void Comment_value_is_accepted_only_where_the_question_enables_it(string flag, bool isAllowed)
    {
        var errors = TestSurveys.Validate(
            $$"""[ { "type": "radiogroup", "name": "q", "choices": ["a"], {{flag}} } ]""",
            """{ "q": "a", "q-Comment": "Mer om detta" }""");

        Assert.Equal(isAllowed ? [] : ["Not a question in this survey."], errors.GetValueOrDefault("data.q-Comment") ?? []);
    }

    [Fact]
    public void Other_with_its_comment_is_a_valid_single_choice()
    {
        var errors = TestSurveys.Validate(
            """[ { "type": "dropdown", "name": "q", "choices": ["a"], "showOtherItem": true } ]""",
            """{ "q": "other", "q-Comment": "Något annat" }""");

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("\"visibleIf\": \"{a} = 'x'\"")]
    [InlineData("\"enableIf\": \"{a} = 'x'\"")]
    [InlineData("\"requiredIf\": \"{a} = 'x'\"")]
    public void Conditional_required_question_is_not_enforced_but_its_value_is_validated(string condition)
    {
        var elements = $$"""
            [
              { "type": "text", "name": "a" },
              { "type": "radiogroup", "name": "b", "isRequired": true, "choices": ["yes"], {{condition}} }
            ]
            """;

        var whenMissing = TestSurveys.Validate(elements, """{ "a": "x" }""");
        var whenWrong = TestSurveys.Validate(elements, """{ "a": "x", "b": "no" }""");

        Assert.Empty(whenMissing);
        TestSurveys.AssertOnlyError(whenWrong, "data.b", "'no' is not one of the allowed values: yes.");
    }

    [Fact]
    public void Required_question_in_a_nested_panel_is_enforced()
    {
        var errors = TestSurveys.Validate(
            """[ { "type": "panel", "elements": [ { "type": "panel", "elements": [ { "type": "text", "name": "deep", "isRequired": true } ] } ] } ]""",
            "{}");

        TestSurveys.AssertOnlyError(errors, "data.deep", "Required.");
    }

    [Fact]
    public void Required_question_in_a_conditional_panel_is_not_enforced()
    {
        var errors = TestSurveys.Validate(
            """[ { "type": "panel", "visibleIf": "{x} = 1", "elements": [ { "type": "text", "name": "deep", "isRequired": true } ] } ]""",
            "{}");

        Assert.Empty(errors);
    }

    [Fact]
    public void Multipletext_items_are_checked_as_text_questions()
    {
        var errors = TestSurveys.Validate(
            """[ { "type": "multipletext", "name": "q", "items": [ { "name": "person", "isRequired": true }, { "name": "staff", "inputType": "number" } ] } ]""",
            """{ "q": { "staff": "many", "phone": "070-123 45 67" } }""");

        Assert.Equal(["Required."], errors["data.q.person"]);
        Assert.Equal(["Must be a number."], errors["data.q.staff"]);
        Assert.Equal(["Not a question in this survey."], errors["data.q.phone"]);
    }

    [Fact]
    public void Matrixdynamic_rows_are_checked_against_the_columns()
    {
        const string elements = """
            [ { "type": "matrixdynamic", "name": "q", "choices": ["a", "b"], "columns": [ { "name": "role", "cellType": "text" }, { "name": "level" } ] } ]
            """;

        var valid = TestSurveys.Validate(elements, """{ "q": [ { "role": "svetsare", "level": "a" }, {} ] }""");
        var invalid = TestSurveys.Validate(elements, """{ "q": [ { "role": 3 }, { "level": "c", "note": "x" }, "row" ] }""");

        Assert.Empty(valid);
        Assert.Equal(["data.q[0].role", "data.q[1].level", "data.q[1].note", "data.q[2]"], invalid.Keys);
    }

    [Fact]
    public void Matrixdropdown_answers_are_keyed_by_its_rows()
    {
        var errors = TestSurveys.Validate(
            """[ { "type": "matrixdropdown", "name": "q", "rows": ["2026"], "columns": [ { "name": "note", "cellType": "comment" } ] } ]""",
            """{ "q": { "2026": { "note": "ok" }, "2030": { "note": "x" } } }""");

        TestSurveys.AssertOnlyError(errors, "data.q", "'2030' is not one of the rows: 2026.");
    }

    [Fact]
    public void Each_dynamic_panel_is_checked_against_the_template_with_its_comments()
    {
        var errors = TestSurveys.Validate(
            """[ { "type": "paneldynamic", "name": "q", "templateElements": [ { "type": "radiogroup", "name": "owner", "choices": ["own"], "showOtherItem": true } ] } ]""",
            """{ "q": [ { "owner": "other", "owner-Comment": "arrenderat" }, { "owner": "rented" } ] }""");

        TestSurveys.AssertOnlyError(errors, "data.q[1].owner", "'rented' is not one of the allowed values: own, other.");
    }

    [Theory]
    [InlineData("multipletext", "[\"x\"]", "Must be an object with one answer per item.")]
    [InlineData("matrixdropdown", "\"x\"", "Must be an object with one answer object per row.")]
    [InlineData("matrixdynamic", "{ \"a\": 1 }", "Must be an array of objects.")]
    [InlineData("paneldynamic", "\"x\"", "Must be an array of objects.")]
    public void A_nested_answer_of_the_wrong_shape_is_named(string type, string answer, string message)
    {
        var errors = TestSurveys.Validate($$"""[ { "type": "{{type}}", "name": "q" } ]""", $$"""{ "q": {{answer}} }""");

        TestSurveys.AssertOnlyError(errors, "data.q", message);
    }

    [Fact]
    public void A_dynamic_question_has_at_most_100_entries()
    {
        var entries = string.Join(", ", Enumerable.Repeat("{}", 101));

        var errors = TestSurveys.Validate("""[ { "type": "paneldynamic", "name": "q" } ]""", $$"""{ "q": [ {{entries}} ] }""");

        TestSurveys.AssertOnlyError(errors, "data.q", "At most 100 entries.");
    }

    [Theory]
    [InlineData("\"choicesByUrl\": { \"url\": \"https://example.se/suppliers\" }, \"choices\": [\"a\"]")]
    [InlineData("\"allowCustomChoices\": true, \"choices\": [\"a\"]")]
    [InlineData("\"showNoneItem\": true")]
    public void A_choice_the_definition_does_not_list_is_any_short_string(string properties)
    {
        var errors = TestSurveys.Validate($$"""[ { "type": "dropdown", "name": "q", {{properties}} } ]""", """{ "q": "Eget val" }""");

        Assert.Empty(errors);
    }

    [Fact]
    public void A_question_of_a_refused_type_takes_no_answer()
    {
        const string elements = """[ { "type": "file", "name": "cv" }, { "type": "matrixdynamic", "name": "q", "columns": [ { "name": "c", "cellType": "signaturepad" } ] } ]""";

        var empty = TestSurveys.Validate(elements, """{ "cv": [], "q": [ {} ] }""");
        var answered = TestSurveys.Validate(elements, """{ "cv": [ { "name": "cv.pdf", "content": "data:…" } ], "q": [ { "c": "data:image/png" } ] }""");

        Assert.Empty(empty);
        Assert.Equal(["data.cv", "data.q[0].c"], answered.Keys);
        Assert.Equal(["A file question's answer cannot be checked and masked for personal data, so it takes none."], answered["data.cv"]);
    }

    [Fact]
    public void Unknown_keys_are_each_reported_by_key()
    {
        var errors = TestSurveys.Validate(
            """[ { "type": "text", "name": "a" } ]""",
            """{ "a": "x", "b": 1, "a-Comment": "y" }""");

        Assert.Equal(["data.b", "data.a-Comment"], errors.Keys);
        Assert.All(errors.Values, messages => Assert.Equal(["Not a question in this survey."], messages));
    }

    [Fact]
    public void Question_names_are_matched_case_sensitively()
    {
        var errors = TestSurveys.Validate(
            """[ { "type": "text", "name": "name", "isRequired": true } ]""",
            """{ "Name": "x" }""");

        Assert.Equal(["data.name", "data.Name"], errors.Keys);
    }
}
