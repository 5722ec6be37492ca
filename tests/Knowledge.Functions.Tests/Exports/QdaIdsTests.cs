using Knowledge.Exports;

namespace Knowledge.Tests.Exports;

public sealed class QdaIdsTests
{
    [Fact]
    public void Ids_are_name_based_version_5_uuids_that_do_not_change_between_calls()
    {
        var id = QdaIds.Code("financing");

        Assert.Equal(id, QdaIds.Code("financing"));
        Assert.NotEqual(id, QdaIds.SuggestedCode("financing"));
        Assert.Equal(5, id.Version);
        Assert.Contains(id.ToString("D")[19], "89ab"); // the RFC 9562 variant
    }

    [Fact]
    public void A_tags_code_id_is_the_one_earlier_exports_gave_it()
    {
        // Python: uuid.uuid5(UUID("5d0f3c1e-8a2b-4b7c-9e61-4f2a7d9c0b35"), "code:financing"). Analysts' projects hold this id.
        var id = QdaIds.Code("financing");

        Assert.Equal(new Guid("a2988442-604b-5305-a1c9-e8e7c74e0754"), id);
    }
}
