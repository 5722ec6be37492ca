using Knowledge.Needs;

namespace Knowledge.Surveys;

internal static class SurveysServiceCollectionExtensions
{
    public static IServiceCollection AddSurveys(this IServiceCollection services) =>
        services
            .AddSingleton<ISurveyDefinitionStore, TableSurveyDefinitionStore>()
            .AddSingleton<ISurveyResponseStore, TableSurveyResponseStore>()
            .AddSingleton<INeedsSource, SurveyNeedsSource>()
            .AddSingleton<SurveyIntake>()
            .AddSingleton<SurveyCorrections>()
            .AddSingleton<ResponseExport>()
            .AddSingleton<SurveyAuthoring>()
            .AddSingleton<IStorageSeeder, ShippedSurveySeeder>();
}
