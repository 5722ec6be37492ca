namespace Knowledge.Tagging.Training;

/// <summary>How the model is trained; recorded in the model file. Fixed seed and one thread make the file reproducible.</summary>
internal sealed record TrainingSettings(
    int BucketBits = 18,
    float L2Regularization = 1e-3f,
    int Iterations = 200,
    int CalibrationFolds = 5,
    double MinPrecision = 0.85,
    int Seed = 20_261_203);
