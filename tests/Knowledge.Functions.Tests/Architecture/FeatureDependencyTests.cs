using ArchUnitNET.Domain;
using ArchUnitNET.Fluent.Slices;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using Knowledge.Shared;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
using LoadedTypes = ArchUnitNET.Domain.Architecture;

namespace Knowledge.Tests.Architecture;

/// <summary>
/// Features (Knowledge.Needs, Knowledge.Notes, …) depend on each other in one direction only, and the kernel
/// (Knowledge.Shared) on none of them, so each can be read and changed from what it builds on. The composition root
/// (namespace Knowledge: AddKnowledge, Program) is no feature and may reference all of them.
/// </summary>
public sealed class FeatureDependencyTests
{
    private static readonly LoadedTypes App = new ArchLoader().LoadAssemblies(typeof(Problems).Assembly).Build();

    // A feature is the namespace's second segment, sub-namespaces included (Knowledge.Tagging.Models is Tagging);
    // the pattern "Knowledge.(*).." would make a slice of every namespace and miss a cycle through a sub-namespace.
    private static readonly SliceAssignment ByFeature = new(
        type => type.Namespace.FullName.Split('.') is ["Knowledge", var feature, ..] ? SliceIdentifier.Of(feature) : SliceIdentifier.Ignore(),
        "of features (Knowledge.<feature>..)");

    [Fact]
    public void Features_depend_on_each_other_without_cycles()
    {
        var features = new SliceRuleCreator();
        features.SetSliceAssignment(ByFeature);
        new GivenSlices(features).Should().BeFreeOfCycles().Check(App);
    }

    [Fact]
    public void Namespaces_within_a_feature_depend_on_each_other_without_cycles() =>
        SliceRuleDefinition.Slices().Matching("Knowledge.(*)..").Should().BeFreeOfCycles().Check(App);

    [Fact]
    public void Shared_depends_on_no_feature() =>
        Types().That().ResideInNamespaceMatching(@"^Knowledge\.Shared(\.|$)")
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(@"^Knowledge(\.(?!Shared(\.|$))|$)"))
            .Because("every feature builds on it")
            .Check(App);
}
