using System.Text.Json.Nodes;
using Knowledge.Surveys;

namespace Knowledge.Tests.Surveys.Authoring;

public sealed class SurveyChangesTests
{
    private static JsonArray Elements(JsonObject definition, int page) => definition["pages"]![page]!["elements"]!.AsArray();

    [Fact]
    public void The_same_definition_has_no_changes()
    {
        var changes = SurveyChanges.Between(2, SmeNeedsDefinitionFile.Load(), SmeNeedsDefinitionFile.Load());

        Assert.True(changes.IsEmpty);
        Assert.Equal(2, changes.Against);
    }

    [Fact]
    public void A_new_text_question_is_added_with_its_path()
    {
        var after = SmeNeedsDefinitionFile.Load();
        Elements(after, 1).Add(new JsonObject { ["type"] = "text", ["name"] = "apprentices", ["title"] = "Hur många lärlingar?" });

        var changes = SurveyChanges.Between(2, SmeNeedsDefinitionFile.Load(), after);

        var added = Assert.Single(changes.Added);
        Assert.Equal("apprentices", added.Name);
        Assert.Equal("text", added.Type);
        Assert.Equal("definition.pages[1].elements[3]", added.Path);
        Assert.Empty(changes.Removed);
        Assert.Empty(changes.Changed);
    }

    [Fact]
    public void A_removed_question_and_a_changed_title_and_choices_are_listed()
    {
        var after = SmeNeedsDefinitionFile.Load();
        Elements(after, 1).RemoveAt(2); // needs
        var challenges = Elements(after, 1)[0]!.AsObject();
        challenges["title"] = new JsonObject { ["default"] = "Utmaningar", ["en"] = "Challenges" };
        challenges["choices"]!.AsArray().RemoveAt(0);

        var changes = SurveyChanges.Between(1, SmeNeedsDefinitionFile.Load(), after);

        Assert.Equal("needs", Assert.Single(changes.Removed).Name);
        var changed = Assert.Single(changes.Changed);
        Assert.Equal("challenges", changed.Name);
        Assert.Equal(["choices", "title"], changed.Properties);
    }

    [Fact]
    public void Moving_a_question_to_another_page_is_no_change()
    {
        var after = SmeNeedsDefinitionFile.Load();
        var needs = Elements(after, 1)[2]!;
        Elements(after, 1).RemoveAt(2);
        Elements(after, 0).Add(needs);

        var changes = SurveyChanges.Between(1, SmeNeedsDefinitionFile.Load(), after);

        Assert.True(changes.IsEmpty);
    }

    [Fact]
    public void A_question_inside_a_panel_is_found()
    {
        var after = SmeNeedsDefinitionFile.Load();
        Elements(after, 1).Add(new JsonObject
        {
            ["type"] = "panel",
            ["name"] = "staffing",
            ["elements"] = new JsonArray(new JsonObject { ["type"] = "text", ["name"] = "apprentices" }),
        });

        var changes = SurveyChanges.Between(1, SmeNeedsDefinitionFile.Load(), after);

        Assert.Equal("definition.pages[1].elements[3].elements[0]", Assert.Single(changes.Added).Path);
    }
}
