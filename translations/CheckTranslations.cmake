# Fails when a translation is missing or stale: runs lupdate over the sources on copies of the
# .ts files and looks for unfinished or obsolete messages.
# Input: LUPDATE, WORK_DIR, TRANSLATED (list), PLURAL_ONLY (list), SOURCE_DIRS (list),
# INCLUDE_DIRS (list).

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(problems "")

set(include_options "")
foreach(dir IN LISTS INCLUDE_DIRS)
    list(APPEND include_options "-I${dir}")
endforeach()

function(check ts_file extra_option)
    get_filename_component(name "${ts_file}" NAME)
    set(copy "${WORK_DIR}/${name}")
    file(COPY_FILE "${ts_file}" "${copy}")
    file(READ "${ts_file}" before)
    execute_process(
        COMMAND "${LUPDATE}" -locations none ${extra_option} ${include_options} ${SOURCE_DIRS} -ts "${copy}"
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        set(problems "${problems}\n${name}: lupdate failed: ${output}" PARENT_SCOPE)
        return()
    endif()
    file(READ "${copy}" after)
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?(<extracomment>[^<]*</extracomment>[^<]*)?<translation type=\"unfinished\"" unfinished "${after}")
    string(REGEX MATCHALL "type=\"(vanished|obsolete)\"" obsolete "${after}")
    list(LENGTH unfinished unfinished_count)
    list(LENGTH obsolete obsolete_count)
    # An untranslated plural message has no <source> right before; count those too.
    string(REGEX MATCHALL "type=\"unfinished\"" all_unfinished "${after}")
    list(LENGTH all_unfinished all_unfinished_count)
    if(all_unfinished_count GREATER 0 OR obsolete_count GREATER 0)
        set(detail "")
        foreach(item IN LISTS unfinished)
            string(REGEX REPLACE "^<source>([^<]*)</source>.*" "\\1" text "${item}")
            string(APPEND detail "\n    unfinished: ${text}")
        endforeach()
        set(problems "${problems}\n${name}: ${all_unfinished_count} unfinished, ${obsolete_count} obsolete message(s)${detail}" PARENT_SCOPE)
    endif()
    if(NOT before STREQUAL after)
        set(problems "${problems}\n${name}: out of date with the sources; run the update_translations target" PARENT_SCOPE)
    endif()
endfunction()

foreach(ts IN LISTS TRANSLATED)
    check("${ts}" "")
endforeach()
foreach(ts IN LISTS PLURAL_ONLY)
    check("${ts}" "-pluralonly")
endforeach()

if(problems)
    message(FATAL_ERROR "Translations are not complete:${problems}")
endif()
message(STATUS "Every message is translated in ${TRANSLATED} ${PLURAL_ONLY}")
