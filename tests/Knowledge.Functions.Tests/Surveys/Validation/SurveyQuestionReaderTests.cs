using Knowledge.Surveys;

namespace Knowledge.Tests.Surveys;

public sealed class SurveyQuestionReaderTests
{
    [Fact]
    public void Questions_are_read_from_pages_and_nested_panels_in_order()
    {
        var definition = TestSurveys.Parse("""
            {
              "pages": [
                { "name": "p1", "elements": [
                  { "type": "text", "name": "first" },
                  { "type": "panel", "name": "outer", "elements": [
                    { "type": "text", "name": "second" },
                    { "type": "panel", "name": "inner", "elements": [ { "type": "comment", "name": "third" } ] }
                  ] }
                ] },
                { "name": "p2", "questions": [ { "type": "boolean", "name": "fourth" } ] }
              ]
            }
            """);

        var questions = SurveyQuestionReader.Read(definition);

        Assert.Equal(["first", "second", "third", "fourth"], questions.Select(question => question.Name));
    }

    [Fact]
    public void Single_page_survey_may_put_elements_at_the_top_level()
    {
        var questions = TestSurveys.Read("""[ { "type": "text", "name": "only" } ]""");

        Assert.Equal("only", Assert.Single(questions).Name);
    }

    [Theory]
    [InlineData("html")]
    [InlineData("image")]
    [InlineData("expression")]
    public void Display_only_elements_are_skipped(string type)
    {
        var questions = TestSurveys.Read($$"""
            [ { "type": "{{type}}", "name": "display" }, { "type": "text", "name": "answer" } ]
            """);

        Assert.Equal("answer", Assert.Single(questions).Name);
    }

    [Fact]
    public void Localised_titles_and_choice_texts_do_not_break_reading()
    {
        var question = TestSurveys.ReadSingle("""
            {
              "type": "radiogroup", "name": "size",
              "title": { "default": "Storlek", "en": "Size" },
              "description": { "default": "Välj en", "en": "Pick one" },
              "choices": [ { "value": "s", "text": { "default": "Liten", "en": "Small" } }, "m" ]
            }
            """);

        Assert.Equal(["s", "m"], question.ChoiceValues);
    }

    [Fact]
    public void Type_is_read_case_insensitively()
    {
        var question = TestSurveys.ReadSingle("""{ "type": "RadioGroup", "name": "q", "choices": ["a"] }""");

        Assert.Equal("radiogroup", question.Type);
    }

    [Fact]
    public void Choice_values_may_be_primitives_or_objects_and_numbers_are_compared_as_text()
    {
        var question = TestSurveys.ReadSingle("""
            { "type": "dropdown", "name": "q", "choices": [ 1, "two", { "value": 3.50, "text": "three" }, { "value": "4" } ] }
            """);

        Assert.Equal(["1", "two", "3.5", "4"], question.ChoiceValues);
    }

    [Theory]
    [InlineData("\"showNoneItem\": true", "a,b,none", "none", false)]
    [InlineData("\"hasNone\": true", "a,b,none", "none", false)]
    [InlineData("\"showOtherItem\": true", "a,b,other", "", true)]
    [InlineData("\"hasOther\": true", "a,b,other", "", true)]
    [InlineData("\"showCommentArea\": true", "a,b", "", true)]
    [InlineData("\"hasComment\": true", "a,b", "", true)]
    [InlineData("\"showRefuseItem\": true, \"showDontKnowItem\": true", "a,b,refused,dontknow", "refused,dontknow", false)]
    [InlineData("\"showNoneItem\": true, \"showOtherItem\": true", "a,b,none,other", "none", true)]
    public void Special_items_add_their_values_and_comment_permission(
        string flags, string values, string exclusive, bool allowsComment)
    {
        var question = TestSurveys.ReadSingle($$"""{ "type": "checkbox", "name": "q", "choices": ["a", "b"], {{flags}} }""");

        Assert.Equal(values, string.Join(",", question.ChoiceValues));
        Assert.Equal(exclusive, string.Join(",", question.ExclusiveValues));
        Assert.Equal(allowsComment, question.AllowsComment);
    }

    [Fact]
    public void Choice_marked_exclusive_is_an_exclusive_value()
    {
        var question = TestSurveys.ReadSingle("""
            { "type": "checkbox", "name": "q", "choices": [ "a", { "value": "all", "isExclusive": true } ] }
            """);

        Assert.Equal(["all"], question.ExclusiveValues);
    }

    [Theory]
    [InlineData("\"visibleIf\": \"{a} = 1\"", true)]
    [InlineData("\"enableIf\": \"{a} = 1\"", true)]
    [InlineData("\"requiredIf\": \"{a} = 1\"", true)]
    [InlineData("\"visible\": false", true)]
    [InlineData("\"visibleIf\": \"\"", false)]
    [InlineData("\"visible\": true", false)]
    public void Question_with_a_browser_evaluated_condition_is_conditional(string property, bool isConditional)
    {
        var questions = TestSurveys.Read($$"""
            [ { "type": "text", "name": "a" }, { "type": "text", "name": "b", "isRequired": true, {{property}} } ]
            """);

        Assert.Equal(isConditional, questions[1].IsConditional);
        Assert.True(questions[1].IsRequired);
    }

    [Theory]
    [InlineData("\"visibleIf\": \"{a} = 1\"")]
    [InlineData("\"enableIf\": \"{a} = 1\"")]
    [InlineData("\"visible\": false")]
    public void Questions_inside_a_conditional_panel_or_page_are_conditional(string condition)
    {
        var definition = TestSurveys.Parse($$"""
            {
              "pages": [
                { "elements": [ { "type": "panel", {{condition}}, "elements": [ { "type": "text", "name": "inPanel" } ] } ] },
                { {{condition}}, "elements": [ { "type": "text", "name": "onPage" } ] },
                { "elements": [ { "type": "text", "name": "plain" } ] }
              ]
            }
            """);

        var questions = SurveyQuestionReader.Read(definition);

        Assert.Equal([true, true, false], questions.Select(question => question.IsConditional));
    }

    [Theory]
    [InlineData("text", "\"maxLength\": 80", 80)]
    [InlineData("comment", "\"maxLength\": \"120\"", 120)]
    [InlineData("comment", "\"maxLength\": 0", null)]
    [InlineData("text", "\"maxLength\": -1", null)]
    [InlineData("text", "\"inputType\": \"email\"", null)]
    public void Max_length_is_read_when_positive(string type, string property, int? maxLength)
    {
        var question = TestSurveys.ReadSingle($$"""{ "type": "{{type}}", "name": "q", {{property}} }""");

        Assert.Equal(maxLength, question.MaxLength);
    }

    [Fact]
    public void Survey_max_text_length_applies_to_text_questions_without_their_own()
    {
        var definition = TestSurveys.Parse("""
            {
              "maxTextLength": 300,
              "elements": [
                { "type": "text", "name": "inherits" },
                { "type": "comment", "name": "own", "maxLength": 50 },
                { "type": "radiogroup", "name": "choice", "choices": ["a"] }
              ]
            }
            """);

        var questions = SurveyQuestionReader.Read(definition);

        Assert.Equal([300, 50, null], questions.Select(question => question.MaxLength));
    }

    [Fact]
    public void Text_input_type_is_read_in_lower_case()
    {
        var question = TestSurveys.ReadSingle("""{ "type": "text", "name": "q", "inputType": "Number" }""");

        Assert.Equal("number", question.InputType);
    }

    [Fact]
    public void Matrix_rows_and_columns_are_read_as_values()
    {
        var question = TestSurveys.ReadSingle("""
            {
              "type": "matrix", "name": "m",
              "rows": [ { "value": "r1", "text": { "default": "Rad", "en": "Row" } }, "r2" ],
              "columns": [ 1, { "value": 2, "text": "Two" } ]
            }
            """);

        Assert.Equal(["r1", "r2"], question.Rows);
        Assert.Equal(["1", "2"], question.Columns);
    }

    [Theory]
    [InlineData("", 1, 5, 1)]
    [InlineData("\"rateMin\": 0, \"rateMax\": 10", 0, 10, 1)]
    [InlineData("\"rateCount\": 10", 1, 10, 1)]
    [InlineData("\"rateMin\": 0, \"rateStep\": 5, \"rateCount\": 3", 0, 10, 5)]
    [InlineData("\"rateMax\": 4, \"rateCount\": 10", 1, 4, 1)]
    public void Rating_range_defaults_to_one_to_five(string properties, int min, int max, int step)
    {
        var json = properties.Length == 0
            ? """{ "type": "rating", "name": "r" }"""
            : $$"""{ "type": "rating", "name": "r", {{properties}} }""";

        var question = TestSurveys.ReadSingle(json);

        Assert.Equal((min, max, step), ((int)question.RateMin, (int)question.RateMax, (int)question.RateStep));
        Assert.Empty(question.RateValues);
    }

    [Fact]
    public void Rating_values_replace_the_range()
    {
        var question = TestSurveys.ReadSingle("""
            { "type": "rating", "name": "r", "rateValues": [ { "value": "low", "text": "Low" }, "high", 10 ] }
            """);

        Assert.Equal(["low", "high", "10"], question.RateValues);
    }

    [Fact]
    public void Boolean_custom_values_are_read_as_text()
    {
        var question = TestSurveys.ReadSingle("""{ "type": "boolean", "name": "b", "valueTrue": "Yes", "valueFalse": 0 }""");

        Assert.Equal(("Yes", "0"), (question.ValueTrue, question.ValueFalse));
    }

    [Fact]
    public void Boolean_without_custom_values_uses_json_booleans()
    {
        var question = TestSurveys.ReadSingle("""{ "type": "boolean", "name": "b" }""");

        Assert.Null(question.ValueTrue);
        Assert.Null(question.ValueFalse);
    }

    [Theory]
    [InlineData("""{ "elements": [ { "type": "text", "name": "a" }, { "type": "comment", "name": "a" } ] }""", "'a'")]
    [InlineData("""{ "pages": [ { "elements": [ { "type": "text", "name": "a" } ] }, { "elements": [ { "type": "panel", "elements": [ { "type": "text", "name": "a" } ] } ] } ] }""", "'a'")]
    [InlineData("""{ "elements": [ { "type": "text", "name": "a" }, { "type": "text", "name": "a" }, { "type": "text", "name": "b" }, { "type": "text", "name": "b" } ] }""", "'a', 'b'")]
    public void Duplicate_question_names_are_reported_by_name(string json, string names)
    {
        var definition = TestSurveys.Parse(json);

        var exception = Assert.Throws<InvalidSurveyDefinitionException>(() => SurveyQuestionReader.Read(definition));

        Assert.Equal($"Question names must be unique; used more than once: {names}.", exception.Message);
    }

    [Fact]
    public void Question_named_like_another_questions_comment_value_is_rejected()
    {
        var definition = TestSurveys.Parse("""
            { "elements": [ { "type": "radiogroup", "name": "a", "choices": ["x"], "showOtherItem": true }, { "type": "text", "name": "a-Comment" } ] }
            """);

        var exception = Assert.Throws<InvalidSurveyDefinitionException>(() => SurveyQuestionReader.Read(definition));

        Assert.Contains("'a-Comment'", exception.Message);
    }

    [Theory]
    [InlineData("""{ "elements": [ { "name": "a" } ] }""", "elements[0] has no type.")]
    [InlineData("""{ "elements": [ { "type": "text" } ] }""", "elements[0] (text) has no name.")]
    [InlineData("""{ "pages": [ { "elements": [ { "type": "text", "name": " " } ] } ] }""", "pages[0].elements[0] (text) has no name.")]
    [InlineData("""{ "pages": {} }""", "pages must be an array.")]
    [InlineData("""{ "pages": [ "page" ] }""", "pages[0] must be an object.")]
    [InlineData("""{ "elements": [ { "type": "panel", "elements": 3 } ] }""", "elements[0].elements must be an array.")]
    [InlineData("""{ "elements": [ { "type": "dropdown", "name": "d", "choices": [ { "text": "no value" } ] } ] }""", "elements[0] ('d').choices[0] has no string or number value.")]
    [InlineData("""{ "elements": [ { "type": "html", "name": "h" } ] }""", "The survey defines no input questions.")]
    [InlineData("""{ }""", "The survey defines no input questions.")]
    public void Malformed_definition_is_rejected_with_the_element_path(string json, string message)
    {
        var definition = TestSurveys.Parse(json);

        var exception = Assert.Throws<InvalidSurveyDefinitionException>(() => SurveyQuestionReader.Read(definition));

        Assert.Equal(message, exception.Message);
    }

    [Theory]
    [InlineData("""{ "elements": [ { "type": "text", "name": "a", "valueName": "shared" } ] }""", "valueName")]
    [InlineData("""{ "elements": [ { "type": "checkbox", "name": "a", "valuePropertyName": "item" } ] }""", "valuePropertyName")]
    [InlineData("""{ "elements": [ { "type": "radiogroup", "name": "a", "showOtherItem": true, "storeOthersAsComment": false } ] }""", "storeOthersAsComment")]
    [InlineData("""{ "storeOthersAsComment": false, "elements": [ { "type": "radiogroup", "name": "a", "hasOther": true } ] }""", "storeOthersAsComment")]
    [InlineData("""{ "elements": [ { "type": "matrix", "name": "m", "cellType": "checkbox" } ] }""", "cellType")]
    [InlineData("""{ "elements": [ { "type": "rating", "name": "r", "rateMin": 5, "rateMax": 1 } ] }""", "rating range")]
    public void Definition_that_changes_the_answer_shape_is_rejected(string json, string feature)
    {
        var definition = TestSurveys.Parse(json);

        var exception = Assert.Throws<InvalidSurveyDefinitionException>(() => SurveyQuestionReader.Read(definition));

        Assert.Contains(feature, exception.Message);
    }

    [Theory]
    [InlineData("file")]
    [InlineData("signaturepad")]
    [InlineData("ranking")]
    [InlineData("imagepicker")]
    [InlineData("my-widget")]
    public void A_question_whose_answers_cannot_be_masked_is_refused_at_its_type(string type)
    {
        var definition = TestSurveys.Parse($$"""{ "pages": [ { "elements": [ { "type": "text", "name": "a" }, { "type": "{{type}}", "name": "b" } ] } ] }""");

        var (questions, refused) = SurveyQuestionReader.ReadWithRefusals(definition);

        Assert.Equal(["a", "b"], questions.Select(q => q.Name));
        var refusal = Assert.Single(refused);
        Assert.Equal("pages[0].elements[1].type", refusal.Key);
        Assert.StartsWith($"Questions of type '{type}' are not accepted", refusal.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "type": "paneldynamic", "name": "q", "templateElements": [ { "type": "panel", "elements": [ { "type": "file", "name": "cv" } ] } ] }""", "elements[0].templateElements[0].elements[0].type")]
    [InlineData("""{ "type": "matrixdynamic", "name": "q", "columns": [ { "name": "c", "cellType": "file" } ] }""", "elements[0].columns[0].cellType")]
    [InlineData("""{ "type": "matrixdropdown", "name": "q", "cellType": "signaturepad", "columns": [ { "name": "c" } ] }""", "elements[0].columns[0].cellType")]
    public void A_nested_question_whose_answers_cannot_be_masked_is_refused_at_its_type(string element, string path)
    {
        var (_, refused) = SurveyQuestionReader.ReadWithRefusals(TestSurveys.Parse($$"""{ "elements": [ {{element}} ] }"""));

        Assert.Equal([path], refused.Keys);
    }

    [Fact]
    public void Multipletext_items_are_text_questions()
    {
        var question = TestSurveys.ReadSingle("""
            { "type": "multipletext", "name": "q", "items": [ { "name": "person", "isRequired": true }, { "name": "staff", "inputType": "number" } ] }
            """);

        Assert.Equal(["person", "staff"], question.Nested.Select(n => n.Name));
        Assert.All(question.Nested, n => Assert.Equal(SurveyQuestionTypes.Text, n.Type));
        Assert.True(question.Nested[0].IsRequired);
        Assert.Equal("number", question.Nested[1].InputType);
    }

    [Fact]
    public void A_columns_cell_type_and_choices_default_to_the_matrixs()
    {
        var question = TestSurveys.ReadSingle("""
            {
              "type": "matrixdynamic", "name": "q", "cellType": "checkbox", "choices": ["a", "b"],
              "columns": [ { "name": "own" }, { "name": "text", "cellType": "text" }, { "name": "pick", "cellType": "default", "choices": ["c"] }, { "name": "sum", "cellType": "expression" } ]
            }
            """);

        Assert.Equal(["own", "text", "pick"], question.Nested.Select(n => n.Name));
        Assert.Equal(["checkbox", "text", "checkbox"], question.Nested.Select(n => n.Type));
        Assert.Equal(["a", "b"], question.Nested[0].ChoiceValues);
        Assert.Equal(["c"], question.Nested[2].ChoiceValues);
    }

    [Fact]
    public void A_dynamic_panels_template_is_read_with_its_nested_panels_and_conditions()
    {
        var question = TestSurveys.ReadSingle("""
            {
              "type": "paneldynamic", "name": "q", "visibleIf": "{x} = 1",
              "templateElements": [ { "type": "text", "name": "town" }, { "type": "panel", "elements": [ { "type": "comment", "name": "note" } ] } ]
            }
            """);

        Assert.Equal(["town", "note"], question.Nested.Select(n => n.Name));
        Assert.All(question.Nested, n => Assert.True(n.IsConditional));
    }

    [Theory]
    [InlineData("""{ "type": "dropdown", "name": "q" }""", true)]
    [InlineData("""{ "type": "dropdown", "name": "q", "showNoneItem": true }""", true)]
    [InlineData("""{ "type": "dropdown", "name": "q", "choices": ["a"], "choicesByUrl": { "url": "https://example.se/list" } }""", true)]
    [InlineData("""{ "type": "radiogroup", "name": "q", "choices": ["a"], "choicesFromQuestion": "partners" }""", true)]
    [InlineData("""{ "type": "tagbox", "name": "q", "choices": ["a"], "allowCustomChoices": true }""", true)]
    [InlineData("""{ "type": "checkbox", "name": "q", "choices": ["a"], "showOtherItem": true }""", false)]
    public void A_choice_question_accepts_any_choice_when_the_definition_does_not_list_them_all(string element, bool acceptsAny)
    {
        var question = TestSurveys.ReadSingle(element);

        Assert.Equal(acceptsAny, question.AcceptsAnyChoice);
    }

    [Fact]
    public void Names_are_unique_within_a_nested_question()
    {
        var exception = Assert.Throws<InvalidSurveyDefinitionException>(() => TestSurveys.Read("""
            [ { "type": "multipletext", "name": "q", "items": [ { "name": "a" }, { "name": "a" } ] } ]
            """));

        Assert.Equal("Question names must be unique within elements[0].items; used more than once: 'a'.", exception.Message);
    }

    [Fact]
    public void Question_may_opt_back_in_to_storing_other_text_as_comment()
    {
        var definition = TestSurveys.Parse("""
            { "storeOthersAsComment": false, "elements": [ { "type": "radiogroup", "name": "a", "hasOther": true, "storeOthersAsComment": true } ] }
            """);

        var question = Assert.Single(SurveyQuestionReader.Read(definition));

        Assert.True(question.AllowsComment);
    }
}
