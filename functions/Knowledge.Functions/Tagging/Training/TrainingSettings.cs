namespace Knowledge.Tagging.Training;

/// <summary>
/// How the model is trained; recorded in the model file. Fixed seed and one thread make the file reproducible.
/// A reviewed note weighs <see cref="ReviewWeight"/> corpus statements: it is the deployment's own language, judged by
/// its own staff, and a handful of reviews must be able to outweigh one corpus line that uses a word otherwise.
/// </summary>
internal sealed record TrainingSettings(
    int BucketBits = 18,
    float L2Regularization = 1e-3f,
    int Iterations = 200,
    int CalibrationFolds = 5,
    double MinPrecision = 0.85,
    float ReviewWeight = 3f,
    int Seed = 20_261_203);
