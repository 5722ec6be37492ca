using System.Text.Json.Nodes;
using Knowledge.Surveys;
using Knowledge.Tagging;

namespace Knowledge.Tests.Surveys.Authoring;

public sealed class SurveyDefinitionRulesTests
{
    private static readonly Codebook Codebook = new();

    // v1: pages[0] municipality, sizeClass, sector; pages[1] challenges, challengeSeverity, needs.
    private static JsonObject V1() => SmeNeedsDefinitionFile.Load();

    private static JsonArray Elements(JsonObject definition, int page) => definition["pages"]![page]!["elements"]!.AsArray();

    [Fact]
    public void The_shipped_survey_as_the_next_version_passes()
    {
        var errors = SurveyDefinitionRules.Check(V1(), version: 3, latestPublished: 2, Codebook);

        Assert.Empty(errors);
    }

    [Fact]
    public void A_challenge_item_that_is_no_codebook_tag_is_named_with_its_path()
    {
        var definition = V1();
        Elements(definition, 1)[0]!["choices"]!.AsArray().Add(new JsonObject { ["value"] = "weather", ["text"] = "Vädret" });

        var errors = SurveyDefinitionRules.Check(definition, 3, 2, Codebook);

        var message = Assert.Single(errors["definition.pages[1].elements[0].choices[8]"]);
        Assert.StartsWith("challenges has an item 'weather' that is no codebook tag", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_challenge_item_for_a_tag_an_admin_accepted_into_the_codebook_passes()
    {
        var codebook = new Codebook();
        var energy = new CodebookTag("energy", new LocalizedText("Energi och el", "Energy and power"), new LocalizedText("", ""));
        codebook.Apply(codebook.Version + 1, [.. codebook.Tags, energy]);
        var definition = V1();
        Elements(definition, 1)[0]!["choices"]!.AsArray().Add(new JsonObject { ["value"] = "energy", ["text"] = "Energi och el" });

        Assert.NotEmpty(SurveyDefinitionRules.Check(definition, 3, 2, Codebook));
        Assert.Empty(SurveyDefinitionRules.Check(definition, 3, 2, codebook));
    }

    [Fact]
    public void A_duplicated_question_name_is_reported_at_the_second_question()
    {
        var definition = V1();
        Elements(definition, 1)[2]!["name"] = "challenges";

        var errors = SurveyDefinitionRules.Check(definition, 3, 2, Codebook);

        Assert.Contains("definition.pages[1].elements[2].name", errors.Keys);
    }

    [Theory]
    [InlineData(0, 2, "sector")]
    [InlineData(0, 1, "sizeClass")]
    [InlineData(0, 0, "municipality")]
    [InlineData(1, 0, "challenges")]
    public void Removing_a_question_the_aggregation_reads_is_an_error(int page, int index, string name)
    {
        var definition = V1();
        Elements(definition, page).RemoveAt(index);

        var errors = SurveyDefinitionRules.Check(definition, 3, 2, Codebook);

        Assert.Contains(errors["definition"], m => m.Contains($"'{name}' is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_size_class_outside_the_three_classes_is_an_error()
    {
        var definition = V1();
        Elements(definition, 0)[1]!["choices"]!.AsArray().Add("250+");

        var errors = SurveyDefinitionRules.Check(definition, 3, 2, Codebook);

        Assert.Contains("definition.pages[0].elements[1].choices[3]", errors.Keys);
    }

    [Fact]
    public void A_sector_that_is_no_sni_section_is_an_error()
    {
        var definition = V1();
        Elements(definition, 0)[2]!["choices"]![0]!["value"] = "Z";

        var errors = SurveyDefinitionRules.Check(definition, 3, 2, Codebook);

        Assert.Contains("definition.pages[0].elements[2].choices[0]", errors.Keys);
        Assert.Contains("definition.pages[0].elements[2].choices", errors.Keys); // A is now missing
    }

    [Fact]
    public void Challenges_must_stay_a_checkbox()
    {
        var definition = V1();
        Elements(definition, 1)[0]!["type"] = "radiogroup";

        var errors = SurveyDefinitionRules.Check(definition, 3, 2, Codebook);

        Assert.Contains("definition.pages[1].elements[0].type", errors.Keys);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void A_version_other_than_the_next_one_is_an_error(int version)
    {
        var errors = SurveyDefinitionRules.Check(V1(), version, latestPublished: 2, Codebook);

        Assert.Equal(["version"], errors.Keys);
    }

    [Fact]
    public void A_definition_without_pages_or_elements_is_an_error()
    {
        var errors = SurveyDefinitionRules.Check(new JsonObject { ["title"] = "Tom" }, 3, 2, Codebook);

        Assert.Contains("definition", errors.Keys);
    }

    [Fact]
    public void A_question_without_a_name_is_reported_at_its_name()
    {
        var definition = V1();
        Elements(definition, 1).Add(new JsonObject { ["type"] = "text", ["title"] = "Hur många lärlingar?" });

        var errors = SurveyDefinitionRules.Check(definition, 3, 2, Codebook);

        Assert.Contains("definition.pages[1].elements[3].name", errors.Keys);
    }

    [Fact]
    public void A_shape_the_answer_validator_refuses_is_an_error()
    {
        var definition = V1();
        Elements(definition, 1).Add(new JsonObject { ["type"] = "text", ["name"] = "apprentices", ["valueName"] = "x" });

        var errors = SurveyDefinitionRules.Check(definition, 3, 2, Codebook);

        Assert.Contains(errors["definition"], m => m.Contains("valueName", StringComparison.Ordinal));
    }

    [Fact]
    public void A_question_whose_answers_cannot_be_masked_is_named_at_its_type()
    {
        var definition = V1();
        Elements(definition, 1).Add(new JsonObject { ["type"] = "file", ["name"] = "cv" });

        var errors = SurveyDefinitionRules.Check(definition, 3, 2, Codebook);

        var message = Assert.Single(errors["definition.pages[1].elements[3].type"]);
        Assert.StartsWith("Questions of type 'file' are not accepted", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nested_question_whose_answers_cannot_be_masked_is_named_at_its_type()
    {
        var definition = V1();
        Elements(definition, 1).Add(JsonNode.Parse("""
            { "type": "paneldynamic", "name": "sites", "templateElements": [ { "type": "text", "name": "town" }, { "type": "signaturepad", "name": "signature" } ] }
            """));

        var errors = SurveyDefinitionRules.Check(definition, 3, 2, Codebook);

        Assert.Equal(["definition.pages[1].elements[3].templateElements[1].type"], errors.Keys);
    }

    [Fact]
    public void Every_question_type_whose_answers_are_masked_passes()
    {
        var definition = V1();
        foreach (var element in TestSurveys.MaskableQuestions())
        {
            Elements(definition, 1).Add(element!.DeepClone());
        }

        var errors = SurveyDefinitionRules.Check(definition, 3, 2, Codebook);

        Assert.Empty(errors);
    }
}
