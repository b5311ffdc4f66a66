package org.dastan.core.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.data.domain.PageRequest;

/**
 * How well search answers a judged set of queries: recall at 10 (the share of the
 * articles that should be found that are among the first ten) and mean reciprocal rank (1
 * when an article that should come first is first, ½ when second, and so on, 0 when none
 * is in the first ten). It only calls {@link ArticleSearch}, so it judges whatever
 * backend the application runs on; the judged set is a file that any backend reads.
 */
public final class SearchQuality {

	private static final int CUTOFF = 10;

	private SearchQuality() {
	}

	/**
	 * Reads a judged set: one query a line as {@code kind<TAB>query<TAB>slug,slug...};
	 * blank lines and lines starting with {@code #} are skipped.
	 */
	public static List<Judgement> read(Path file) throws IOException {
		List<Judgement> judgements = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] columns = line.split("\t");
			if (columns.length != 3) {
				throw new IllegalArgumentException("Expected kind, query and slugs separated by tabs: " + line);
			}
			judgements
				.add(new Judgement(columns[0].strip(), columns[1].strip(), Set.of(columns[2].strip().split(","))));
		}
		return judgements;
	}

	/**
	 * Runs every query and measures the answers.
	 */
	public static Report evaluate(ArticleSearch search, List<Judgement> judgements) {
		List<Result> results = new ArrayList<>();
		for (Judgement judgement : judgements) {
			long start = System.nanoTime();
			List<String> found = search.search(judgement.query(), PageRequest.of(0, CUTOFF))
				.getContent()
				.stream()
				.map((hit) -> hit.card().slug())
				.toList();
			results.add(new Result(judgement, found, (System.nanoTime() - start) / 1_000_000));
		}
		return new Report(results);
	}

	/**
	 * A query and the articles that should come first for it.
	 *
	 * @param kind what the query tries, such as {@code english}, {@code typo} or
	 * {@code spelling}
	 * @param query as a reader types it
	 * @param slugs the articles that should be found first, any order among them
	 */
	public record Judgement(String kind, String query, Set<String> slugs) {
	}

	/**
	 * One query's answer: the slugs of the first ten articles found, and how long it
	 * took.
	 */
	public record Result(Judgement judgement, List<String> found, long millis) {

		double recall() {
			return (double) this.judgement.slugs().stream().filter(this.found::contains).count()
					/ this.judgement.slugs().size();
		}

		double reciprocalRank() {
			for (int i = 0; i < this.found.size(); i++) {
				if (this.judgement.slugs().contains(this.found.get(i))) {
					return 1.0 / (i + 1);
				}
			}
			return 0;
		}

		/**
		 * Whether an article that should come first does.
		 */
		public boolean firstIsRight() {
			return reciprocalRank() == 1.0;
		}

	}

	/**
	 * The answers to a judged set and their figures.
	 */
	public record Report(List<Result> results) {

		public double recallAt10() {
			return this.results.stream().mapToDouble(Result::recall).average().orElse(0);
		}

		public double meanReciprocalRank() {
			return this.results.stream().mapToDouble(Result::reciprocalRank).average().orElse(0);
		}

		private long millis(double quantile) {
			long[] sorted = this.results.stream().mapToLong(Result::millis).sorted().toArray();
			return (sorted.length == 0) ? 0 : sorted[(int) Math.round(quantile * (sorted.length - 1))];
		}

		/**
		 * The figures on one line, then each query whose right article is not first.
		 */
		public String summary() {
			StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
					"Search quality over %d queries: recall@10 %.3f, MRR %.3f (median query %d ms, slowest %d ms)%n",
					this.results.size(), recallAt10(), meanReciprocalRank(), millis(0.5), millis(1)));
			for (Result result : this.results) {
				if (!result.firstIsRight()) {
					text.append(String.format(Locale.ROOT, "  not first: [%s] %s -> expected %s, found %s%n",
							result.judgement().kind(), result.judgement().query(), result.judgement().slugs(),
							result.found()));
				}
			}
			return text.toString();
		}

	}

}
