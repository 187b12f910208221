namespace CustomerValue.Segmentation;

/// <summary>The outcome of one k-means start: labels, centroids and the objective after every iteration.</summary>
internal sealed record KMeansRun(int[] Labels, double[][] Centroids, double[] ObjectiveHistory, int Iterations, bool Converged)
{
    public double Objective => ObjectiveHistory.Length > 0 ? ObjectiveHistory[^1] : 0;
}
