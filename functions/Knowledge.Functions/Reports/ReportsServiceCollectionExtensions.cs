namespace Knowledge.Reports;

internal static class ReportsServiceCollectionExtensions
{
    public static IServiceCollection AddReports(this IServiceCollection services) =>
        services
            .AddSingleton<NationalFigures>()
            .AddSingleton<IIssuedReportStore, TableIssuedReportStore>()
            .AddSingleton<SituationReportBuilder>()
            .AddSingleton<ReportIssuer>();
}
