namespace Knowledge.Tagging;

/// <summary>
/// The tag model this instance tags with: the shipped one until a version promoted in storage is taken up
/// (<see cref="Models.TagModelSync"/>). Swapped whole, so a note is always tagged by one model from start to end.
/// </summary>
public sealed class PromotedTagModel
{
    private volatile TagModel current;

    public PromotedTagModel()
        : this(TagModel.Embedded.Value)
    {
    }

    internal PromotedTagModel(TagModel model)
    {
        current = model;
    }

    public string Version => current.Version;

    internal TagModel Current => current;

    internal void Use(TagModel model) => current = model;
}
