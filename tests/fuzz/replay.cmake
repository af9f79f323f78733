# Included from tests/CMakeLists.txt in the ordinary test builds: each fuzz target, built with a
# plain main(), replays its seed corpus and every kept crash (tests/fuzz/regressions/TARGET).
set(_fuzz_dir ${CMAKE_SOURCE_DIR}/tests/fuzz)
function(runlens_add_fuzz_replay target)
    add_executable(replay_${target} ${_fuzz_dir}/replay_main.cpp ${_fuzz_dir}/${target}.cpp ${ARGN})
    target_link_libraries(replay_${target} PRIVATE runlens_policy Qt6::Core)
    set_target_properties(replay_${target} PROPERTIES AUTOMOC ON)
    add_test(NAME fuzz_replay_${target}
        COMMAND replay_${target} ${_fuzz_dir}/corpus/${target} ${_fuzz_dir}/regressions/${target})
    set_tests_properties(fuzz_replay_${target} PROPERTIES LABELS "fuzz" TIMEOUT 120
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endfunction()
runlens_add_fuzz_replay(fuzz_sseparser)
target_link_libraries(replay_fuzz_sseparser PRIVATE rl_sse)
runlens_add_fuzz_replay(fuzz_stream)
target_link_libraries(replay_fuzz_stream PRIVATE rl_sse)
runlens_add_fuzz_replay(fuzz_request)
target_link_libraries(replay_fuzz_request PRIVATE rl_model)
runlens_add_fuzz_replay(fuzz_jsontree ${CMAKE_SOURCE_DIR}/ui/runpanel/jsontreemodel.h
    ${CMAKE_SOURCE_DIR}/ui/runpanel/jsontreemodel.cpp)
target_include_directories(replay_fuzz_jsontree PRIVATE ${CMAKE_SOURCE_DIR}/ui/runpanel)
target_link_libraries(replay_fuzz_jsontree PRIVATE rl_model Qt6::Gui Qt6::Test)
