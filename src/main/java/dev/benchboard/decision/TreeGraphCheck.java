package dev.benchboard.decision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the links between nodes: unique ids, every {@code next} and the start naming a node, no cycle
 * (so every walk ends, at a rank node since only rank nodes have no branches), and no orphan nodes.
 */
final class TreeGraphCheck {

    private record Edge(String from, String to, String path) {
    }

    private TreeGraphCheck() {
    }

    static List<DataProblem> check(String start, String startPath, List<Node> nodes) {
        List<DataProblem> problems = new ArrayList<>();
        Map<String, Integer> indexById = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Integer earlier = indexById.putIfAbsent(nodes.get(i).id(), i);
            if (earlier != null) {
                problems.add(new DataProblem(nodePath(i) + ".id",
                        "duplicate node id '" + nodes.get(i).id() + "' (also " + nodePath(earlier) + ")"));
            }
        }
        if (!indexById.containsKey(start)) problems.add(new DataProblem(startPath, "unknown node '" + start + "'"));
        Map<String, List<Edge>> edges = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            List<Edge> out = edges.computeIfAbsent(nodes.get(i).id(), id -> new ArrayList<>());
            if (nodes.get(i) instanceof Node.Question q) {
                addEdge(out, q.id(), q.yes(), nodePath(i) + ".yes.next");
                addEdge(out, q.id(), q.no(), nodePath(i) + ".no.next");
                if (q.unknown() != null) addEdge(out, q.id(), q.unknown(), nodePath(i) + ".unknown.next");
            }
        }
        for (List<Edge> out : edges.values()) {
            for (Edge edge : out) {
                if (!indexById.containsKey(edge.to())) problems.add(new DataProblem(edge.path(), "unknown node '" + edge.to() + "'"));
            }
        }
        if (!problems.isEmpty()) return problems;

        Set<String> done = new HashSet<>();
        for (Node node : nodes) findCycle(node.id(), new LinkedHashSet<>(), done, edges, problems);
        if (!problems.isEmpty()) return problems;

        Set<String> reachable = new HashSet<>();
        collectReachable(start, edges, reachable);
        for (int i = 0; i < nodes.size(); i++) {
            if (!reachable.contains(nodes.get(i).id())) {
                problems.add(new DataProblem(nodePath(i), "node '" + nodes.get(i).id() + "' is not reachable from the start node '" + start + "'"));
            }
        }
        return problems;
    }

    private static void addEdge(List<Edge> out, String from, Node.Branch branch, String path) {
        out.add(new Edge(from, branch.next(), path));
    }

    /** Depth-first search; {@code onStack} keeps insertion order so the cycle can be printed. */
    private static void findCycle(String id, LinkedHashSet<String> onStack, Set<String> done,
                                  Map<String, List<Edge>> edges, List<DataProblem> problems) {
        if (done.contains(id)) return;
        onStack.add(id);
        for (Edge edge : edges.get(id)) {
            if (onStack.contains(edge.to())) {
                List<String> cycle = new ArrayList<>(onStack);
                cycle = new ArrayList<>(cycle.subList(cycle.indexOf(edge.to()), cycle.size()));
                cycle.add(edge.to());
                problems.add(new DataProblem(edge.path(), "'" + edge.to() + "' closes a cycle: " + String.join(" → ", cycle)));
                continue;
            }
            findCycle(edge.to(), onStack, done, edges, problems);
        }
        onStack.remove(id);
        done.add(id);
    }

    private static void collectReachable(String id, Map<String, List<Edge>> edges, Set<String> reachable) {
        if (!reachable.add(id)) return;
        for (Edge edge : edges.get(id)) collectReachable(edge.to(), edges, reachable);
    }

    private static String nodePath(int index) {
        return "$.nodes[" + index + "]";
    }
}
